import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import type { LayoutInput, TimelineLayout } from '../../src/layout/timeline-layout.js';
import { lanesTaken, layoutTimeline, markBox } from '../../src/layout/timeline-layout.js';
import { ViewRange } from '../../src/layout/view-range.js';
import { historyDataset } from '../../scripts/history-dataset.mjs';
import { DEFAULT_DATASET } from '../helpers.js';
// The shared fixtures and checks of the layout tests (layout-checks.ts).
import * as checks from './layout-checks.js';
describe('layoutTimeline', () => {
  describe('labels that collide', () => {
    // Six events a day apart: at a decade's zoom their labels cannot sit side by side.
    const p = checks.prepare(
      normaliseDataset({
        events: Array.from({ length: 6 }, (_, i) => ({
          id: `e${i}`,
          start: `2010-06-${String(10 + i).padStart(2, '0')}`,
          title: `A fairly long event title ${i}`,
        })),
      }),
    );
    const view = new ViewRange(new Date(2005, 0, 1).getTime(), new Date(2015, 0, 1).getTime());

    it('puts overlapping labels in separate lanes', () => {
      const result = checks.layout(p, view, 6);
      expect(lanesTaken(result)).to.equal(6);
      expect(lanesTaken(checks.layout(p, view, 1, [5]))).to.equal(1);
      expect(result.clusters).to.deep.equal([]);
      expect(result.marks.map((m) => m.lane).sort()).to.deep.equal([0, 1, 2, 3, 4, 5]);
      checks.expectSoundLayout(p, view, 6, [], result, 'six lanes');
    });

    it('clusters what the lanes cannot hold', () => {
      const result = checks.layout(p, view, 2);
      expect(result.marks.length + result.clusters.reduce((n, c) => n + c.count, 0)).to.equal(6);
      expect(result.clusters.length).to.be.above(0);
      checks.expectSoundLayout(p, view, 2, [], result, 'two lanes');
    });

    it('labels as many of a crowded column as there are lanes when the sizes ask for it', () => {
      const input = { index: p.index, width: checks.WIDTH, labelWidth: p.labelWidth, pinned: [] };
      const plain = layoutTimeline({
        ...input,
        view,
        lanes: 2,
        metrics: { ...checks.metrics, labelDense: false },
      });
      const dense = layoutTimeline({
        ...input,
        view,
        lanes: 2,
        metrics: { ...checks.metrics, labelDense: true },
      });
      // Without it, the six events a day apart are one badge; with it, the first two are
      // labelled, one per lane, and the badge counts the other four from the third on.
      expect(plain.marks).to.deep.equal([]);
      expect(plain.clusters.map((c) => c.count)).to.deep.equal([6]);
      expect(dense.marks.map((m) => [m.index, m.lane])).to.deep.equal([
        [0, 0],
        [1, 1],
      ]);
      expect(dense.clusters.map((c) => c.count)).to.deep.equal([4]);
      expect(dense.clusters[0]!.start).to.equal(p.dataset.events[2]!.start);
      expect(dense.clusters[0]!.end).to.equal(p.dataset.events[5]!.start);
      checks.expectSoundLayout(p, view, 2, [], dense, 'dense labels');
    });

    it('spans a cluster over only the events it counts, not a pinned one beside them', () => {
      const result = checks.layout(p, view, 1, [5]);
      expect(result.marks.map((m) => m.index)).to.deep.equal([5]);
      expect(result.clusters).to.have.length(1);
      const [cluster] = result.clusters;
      expect(cluster!.count).to.equal(5);
      expect(cluster!.start).to.equal(p.dataset.events[0]!.start);
      expect(cluster!.end).to.equal(p.dataset.events[4]!.start);
    });
  });

  describe('a crowded history in an article column', () => {
    // 40 events over 65 years, 672 px wide, 7 lanes: as npm run layout-report measures it.
    const p = checks.prepare(normaliseDataset(historyDataset(40, { years: 65 })));
    const input: LayoutInput = {
      index: p.index,
      view: p.home,
      width: 672,
      lanes: 7,
      labelWidth: p.labelWidth,
      wrappedWidth: p.labelWidth.wrapped,
      pinned: [],
      metrics: checks.metrics,
    };
    const result = layoutTimeline(input);

    // Each event takes the lane already filled furthest that holds it (best fit), not the lowest
    // with room: first fit labelled 23 here.
    it('labels more events than laying them out in time order alone does (21, 17 of them whole)', () => {
      const labelled = result.marks.filter((m) => m.lane >= 0);
      expect(labelled.length).to.be.at.least(24);
      expect(labelled.filter((m) => !m.cut).length).to.be.at.least(21);
    });

    it('lays out the same picture from the order that won alone, as a zoom frame does', () => {
      // Here an order other than time order wins: the frame must not fall back on the first.
      expect(result.order).to.be.above(0);
      const again = layoutTimeline({ ...input, order: result.order });
      expect(again.marks).to.deep.equal(result.marks);
      expect(again.clusters).to.deep.equal(result.clusters);
      expect(again.order).to.equal(result.order);
      // Each order alone is a sound layout (it is what a zoom frame draws).
      for (const order of [0, 1, 2]) {
        const frame = layoutTimeline({ ...input, order });
        expect(frame.order).to.equal(order);
        expect(frame.marks.filter((m) => m.lane >= 0).length).to.be.at.least(1);
      }
    });

    it('where the lanes are far enough apart, sets on three lines labels two lines would cut', () => {
      const phone = { ...input, width: 341 };
      const cut = (l: TimelineLayout) => l.marks.filter((m) => m.lane >= 0 && m.cut).length;
      const before = layoutTimeline(phone);
      const after = layoutTimeline({ ...phone, threeWidth: p.labelWidth.three });
      const three = after.marks.filter((m) => m.lines === 3);
      expect(three.length).to.be.at.least(1);
      expect(cut(after)).to.be.below(cut(before));
      for (const m of three) expect(m.labelWidth).to.equal(p.labelWidth.three(m.index));
    });

    it('keeps every label inside the drawing and apart from the others in its lane', () => {
      const boxes = result.marks
        .filter((m) => m.lane >= 0)
        .map((m) => ({ lane: m.lane, box: markBox(m, checks.metrics), index: m.index }));
      for (const { lane, box, index } of boxes) {
        expect(box[0], `${index} starts in the drawing`).to.be.at.least(-checks.metrics.dotRadius);
        expect(box[1], `${index} ends in the drawing`).to.be.at.most(
          672 + checks.metrics.dotRadius,
        );
        for (const other of boxes) {
          if (other.index === index || other.lane !== lane) continue;
          const apart = other.box[0] >= box[1] || other.box[1] <= box[0];
          expect(apart, `${index} and ${other.index} overlap in lane ${lane}`).to.equal(true);
        }
      }
    });
  });

  describe('labels across two lanes', () => {
    // The bundled dataset in a 672 px article column with six lanes 32 px apart (too close for
    // three lines in one): its crowded 2016–2024 cuts a label on two lines.
    let p: ReturnType<typeof checks.prepare>;
    let input: LayoutInput;
    before(async () => {
      p = checks.prepare(normaliseDataset(await (await fetch(DEFAULT_DATASET)).json()));
      input = {
        index: p.index,
        view: p.home,
        width: 672,
        lanes: 6,
        labelWidth: p.labelWidth,
        wrappedWidth: p.labelWidth.wrapped,
        pinned: [],
        metrics: checks.metrics,
      };
    });
    const labelled = (l: TimelineLayout) => l.marks.filter((m) => m.lane >= 0);
    const whole = (l: TimelineLayout) => labelled(l).filter((m) => !m.cut).length;

    it('set whole on three lines a label that two would cut, labelling as many', () => {
      const before = layoutTimeline(input);
      const after = layoutTimeline({ ...input, acrossWidth: p.labelWidth.three });
      const across = after.marks.filter((m) => m.across);
      expect(across.length).to.be.at.least(1);
      expect(labelled(after).length).to.equal(labelled(before).length);
      expect(whole(after)).to.be.above(whole(before));
      for (const m of across) expect(m.labelWidth).to.equal(p.labelWidth.three(m.index));
      expect(lanesTaken(after)).to.be.at.most(6);
      // Nothing else in either of its lanes where it stands.
      for (const m of across) {
        const [x0, x1] = markBox(m, checks.metrics);
        for (const other of labelled(after)) {
          const lanes = other.across ? [other.lane, other.lane + 1] : [other.lane];
          if (other === m || !lanes.some((l) => l === m.lane || l === m.lane + 1)) continue;
          const [o0, o1] = markBox(other, checks.metrics);
          expect(o1 <= x0 || o0 >= x1, `${m.index} and ${other.index}`).to.equal(true);
        }
      }
      // A zoom frame replays the order that won, across labels and all.
      expect(
        layoutTimeline({ ...input, acrossWidth: p.labelWidth.three, order: after.order }).marks,
      ).to.deep.equal(after.marks);
    });

    it('are not used where labels on two lines already fit', () => {
      const roomy = { ...input, width: 1400, acrossWidth: p.labelWidth.three };
      expect(layoutTimeline(roomy).marks.some((m) => m.across)).to.equal(false);
    });
  });

  describe('lanes beside the range bars', () => {
    // The bundled dataset in a 343 px phone box, as the rows give it there: six lanes under the
    // three range lanes, and two more reaching up beside their bars, which start in 2014.
    let p: ReturnType<typeof checks.prepare>;
    let input: LayoutInput;
    const beside = [[], [], [], [], [], [], [0], [0, 1]];
    before(async () => {
      p = checks.prepare(normaliseDataset(await (await fetch(DEFAULT_DATASET)).json()));
      input = checks.phoneInput(p, 6);
    });
    const whole = (l: TimelineLayout) => l.marks.filter((m) => m.lane >= 0 && !m.cut);

    it('take the early labels left of the bars, leaving the lanes below to the crowded years', () => {
      const below = layoutTimeline(input);
      const after = layoutTimeline({ ...input, lanes: 8, beside });
      expect(whole(after).length).to.be.above(whole(below).length);
      const up = after.marks.filter((m) => m.lane >= 6);
      expect(up.length).to.be.at.least(1);
      for (const m of up)
        expect(p.dataset.events[m.index]!.start).to.be.below(p.index.rangeStarts[0]!);
      checks.expectClearOfBars(after, beside, [], 'bundled at 343 px');
    });
  });
});
