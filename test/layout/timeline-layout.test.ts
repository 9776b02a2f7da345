import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { layoutTimeline, markBox } from '../../src/layout/timeline-layout.js';
import { ViewRange } from '../../src/layout/view-range.js';
import { syntheticDataset } from '../fixtures/synthetic.js';
import {
  DAY,
  type Prepared,
  WIDTH,
  clusterRow,
  expectSoundLayout,
  layout,
  metrics,
  pinnedNearCentre,
  pointsIn,
  prepare,
  views,
} from './layout-checks.js';
describe('layoutTimeline', () => {
  describe('on crowded datasets', () => {
    const crowded: { count: number; prepared?: Prepared }[] = [{ count: 1_000 }, { count: 20_000 }];

    before(() => {
      for (const c of crowded) c.prepared = prepare(normaliseDataset(syntheticDataset(c.count)));
    });

    it('keeps labels apart and accounts for every point when crowded columns label what fits', () => {
      const p = crowded[0]!.prepared!;
      let more = 0;
      for (const { name, view } of views(p.home)) {
        const input = { index: p.index, view, width: WIDTH, lanes: 8, labelWidth: p.labelWidth };
        const pinned = pinnedNearCentre(p, view);
        const dense = layoutTimeline({
          ...input,
          pinned,
          metrics: { ...metrics, labelDense: true },
        });
        expectSoundLayout(p, view, 8, pinned, dense, `${name}, dense labels`);
        more +=
          dense.marks.length -
          layoutTimeline({ ...input, pinned, metrics: { ...metrics, labelDense: false } }).marks
            .length;
      }
      expect(more, 'marks gained over the views').to.be.above(0);
    });

    for (const c of crowded) {
      for (const lanes of [1, 3, 8]) {
        it(`keeps labels apart and accounts for every point, ${c.count} events in ${lanes} lane(s)`, () => {
          const p = c.prepared!;
          let marks = 0;
          let clusters = 0;
          let lanesUsed = 0;
          for (const { name, view } of views(p.home)) {
            const result = layout(p, view, lanes);
            expectSoundLayout(p, view, lanes, [], result, `${name}, ${lanes} lanes`);
            marks += result.marks.length;
            clusters += result.clusters.length;
            lanesUsed = Math.max(
              lanesUsed,
              new Set(result.marks.filter((m) => m.lane >= 0).map((m) => m.lane)).size,
            );
          }
          // The views must have exercised labels, lanes and clusters for the checks to mean anything.
          expect(marks, 'marks over all views').to.be.above(10);
          expect(clusters, 'clusters over all views').to.be.above(10);
          expect(lanesUsed, 'most lanes used in one view').to.equal(lanes);
        });

        it(`always draws pinned events as marks, ${c.count} events in ${lanes} lane(s)`, () => {
          const p = c.prepared!;
          let pairs = 0;
          for (const { name, view } of views(p.home)) {
            const pinned = pinnedNearCentre(p, view);
            if (pinned.length === 2) pairs++;
            const result = layout(p, view, lanes, pinned);
            // With one lane two pinned marks side by side cannot both have room; check the rest.
            if (lanes > 1)
              expectSoundLayout(p, view, lanes, pinned, result, `${name}, pinned, ${lanes} lanes`);
            const marked = new Set(result.marks.map((m) => m.index));
            for (const i of pinned) expect(marked.has(i), `${name}: pinned ${i}`).to.equal(true);
          }
          expect(pairs, 'views with two pinned events').to.be.at.least(9);
        });
      }

      it(`clusters when zoomed out and labels when zoomed in, ${c.count} events`, () => {
        const p = c.prepared!;
        const whole = layout(p, p.home, 8);
        expect(whole.clusters.length).to.be.above(0);
        expect(whole.density.length).to.equal(Math.ceil(WIDTH / metrics.densityBinPx));
        expect(Math.max(...whole.density)).to.equal(1);
        // A ten-day view about an event in the middle of the dataset.
        const centre = p.index.pointTimes[p.index.pointTimes.length >>> 1]!;
        const close = new ViewRange(centre - 5 * DAY, centre + 5 * DAY);
        const result = layout(p, close, 8);
        expect(result.clusters).to.deep.equal([]);
        expect(result.density).to.have.length(0);
        const marked = new Set(result.marks.map((m) => m.index));
        const inView = pointsIn(p, close.start, close.end);
        expect(inView.length).to.be.above(0);
        for (const e of inView) expect(marked.has(e.index), `event ${e.index}`).to.equal(true);
      });
    }

    for (const c of crowded) {
      it(`never overlaps badges and bare dots on the cluster row, ${c.count} events`, () => {
        const p = c.prepared!;
        let dots = 0;
        for (const lanes of [1, 3, 8]) {
          for (const { name, view } of views(p.home)) {
            const result = layout(p, view, lanes);
            dots += result.marks.filter((m) => m.lane < 0).length;
            const row = clusterRow(result);
            for (let i = 1; i < row.length; i++) {
              const before = row[i - 1]!;
              const after = row[i]!;
              expect(
                after.x0,
                `${name}, ${lanes} lanes: ${before.what} and ${after.what} overlap`,
              ).to.be.at.least(before.x1 - 1e-6);
            }
          }
        }
        expect(dots, 'bare dots over all views').to.be.above(0);
      });
    }

    it('lists marks in time order when nothing is pinned', () => {
      const p = crowded[0]!.prepared!;
      for (const { name, view } of views(p.home)) {
        const indices = layout(p, view, 8).marks.map((m) => m.index);
        expect(indices, name).to.deep.equal([...indices].sort((a, b) => a - b));
      }
    });

    it('lists marks in time order with pinned marks among them, so the DOM reads in time order', () => {
      // A year of the 20,000-event dataset: its middle is too crowded for the pinned events to
      // find a lane unless the layout makes room for them.
      const p = crowded[1]!.prepared!;
      const view = new ViewRange(p.home.centre - 183 * DAY, p.home.centre + 183 * DAY);
      const pinned = pinnedNearCentre(p, view);
      const unpinned = new Set(layout(p, view, 8).marks.map((m) => m.index));
      expect(
        pinned.some((i) => !unpinned.has(i)),
        'a pinned event needs room made',
      ).to.equal(true);
      const indices = layout(p, view, 8, pinned).marks.map((m) => m.index);
      for (const i of pinned) expect(indices).to.include(i);
      expect(indices).to.deep.equal([...indices].sort((a, b) => a - b));
    });
  });

  describe('on a sparse dataset', () => {
    const p = prepare(
      normaliseDataset({
        events: ['1900', '1930-06', '1960-02-14', '1990', '2020'].map((start, i) => ({
          id: `e${i}`,
          start,
          title: { en: `Event ${i}`, id: `Peristiwa ${i}` },
        })),
      }),
    );

    it('draws every event as a mark in the first lane and forms no cluster', () => {
      const result = layout(p, p.home, 4);
      expect(result.marks.map((m) => m.index)).to.deep.equal([0, 1, 2, 3, 4]);
      expect(result.marks.map((m) => m.lane)).to.deep.equal([0, 0, 0, 0, 0]);
      expect(result.clusters).to.deep.equal([]);
      expect(result.density).to.have.length(0);
      expectSoundLayout(p, p.home, 4, [], result, 'sparse');
    });

    it('places each mark at its time on the drawing', () => {
      const result = layout(p, p.home, 4);
      for (const mark of result.marks) {
        expect(mark.x).to.be.within(0, WIDTH);
        expect(mark.x).to.be.closeTo(p.home.x(p.dataset.events[mark.index]!.start, WIDTH), 1e-6);
      }
    });

    it('keeps every label on the drawing, turning it to the left at the right edge', () => {
      const result = layout(p, p.home, 4);
      for (const mark of result.marks) {
        const [x0, x1] = markBox(mark, metrics);
        expect(x0, `label of ${mark.index}`).to.be.at.least(0);
        expect(x1, `label of ${mark.index}`).to.be.at.most(WIDTH);
      }
      expect(result.marks.map((m) => m.flipped)).to.deep.equal([false, false, false, false, true]);
    });

    it('gives ticks for the view, and nothing at all without a width', () => {
      expect(layout(p, p.home, 4).ticks.length).to.be.above(1);
      const empty = layoutTimeline({
        index: p.index,
        view: p.home,
        width: 0,
        lanes: 4,
        labelWidth: p.labelWidth,
        pinned: [],
        metrics,
      });
      expect(empty.marks).to.deep.equal([]);
      expect(empty.clusters).to.deep.equal([]);
      expect(empty.ticks).to.deep.equal([]);
    });
  });
});
