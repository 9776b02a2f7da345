import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { rangesBetween } from '../../src/layout/event-index.js';
import { syntheticDataset } from '../fixtures/synthetic.js';
import { WIDTH, expectSoundLayout, layout, metrics, prepare, views } from './layout-checks.js';
describe('layoutTimeline', () => {
  describe('ranges', () => {
    const p = prepare(normaliseDataset(syntheticDataset(200, { ranges: 60 })));

    it('never overlaps two ranges in one lane, and counts the ones left out', () => {
      for (const { name, view } of views(p.home)) {
        const result = layout(p, view, 4);
        const overlapping = rangesBetween(p.index, view.start, view.end).length;
        const brute = p.dataset.events.filter(
          (e) => e.end !== undefined && e.start <= view.end && e.end >= view.start,
        ).length;
        expect(overlapping, name).to.equal(brute);
        expect(
          result.ranges.length + result.hiddenRanges,
          `${name}: ranges shown and hidden`,
        ).to.equal(brute);
        const shown = new Set<number>();
        for (const range of result.ranges) {
          expect(shown.has(range.index), `${name}: range ${range.index} drawn twice`).to.equal(
            false,
          );
          shown.add(range.index);
          expect(
            p.dataset.events[range.index]!.end,
            `${name}: ${range.index} is a range`,
          ).not.to.equal(undefined);
          expect(range.lane).to.be.within(0, metrics.rangeLanes - 1);
          expect(range.x0).to.be.within(0, WIDTH);
          expect(range.x1).to.be.within(range.x0, WIDTH);
          // The label runs past the bar as far as the drawing allows, cut only at its edge or,
          // where no lane had room for the next range, where that range starts.
          const next = result.ranges.find((r) => r.lane === range.lane && r.x0 > range.x0);
          expect(range.labelWidth).to.be.oneOf([
            Math.max(
              0,
              Math.min(p.labelWidth(range.index), metrics.maxLabelWidth, WIDTH - range.x0 - 12),
            ),
            next && Math.max(0, next.x0 - metrics.labelGap - range.x0 - 12),
          ]);
          expect(range.cut).to.equal(
            range.labelWidth < p.labelWidth(range.index) &&
              range.x1 - range.x0 < p.labelWidth(range.index),
          );
        }
        for (let lane = 0; lane < metrics.rangeLanes; lane++) {
          const inLane = result.ranges.filter((r) => r.lane === lane).sort((a, b) => a.x0 - b.x0);
          for (let i = 1; i < inLane.length; i++) {
            const before = inLane[i - 1]!;
            const after = inLane[i]!;
            expect(
              after.x0,
              `${name}: ranges ${before.index} and ${after.index} overlap`,
            ).to.be.at.least(Math.max(before.x1, before.x0 + before.labelWidth));
          }
        }
      }
    });

    it('uses every range lane before it hides a range', () => {
      expect(layout(p, p.home, 4).hiddenRanges, 'the whole dataset hides some ranges').to.be.above(
        0,
      );
      for (const { name, view } of views(p.home)) {
        const result = layout(p, view, 4);
        if (result.hiddenRanges > 0)
          expect(new Set(result.ranges.map((r) => r.lane)).size, name).to.equal(metrics.rangeLanes);
      }
    });

    it('leaves ranges out of point marks and clusters', () => {
      for (const { name, view } of views(p.home)) {
        expectSoundLayout(p, view, 4, [], layout(p, view, 4), `${name} with ranges`);
      }
    });
  });
});
