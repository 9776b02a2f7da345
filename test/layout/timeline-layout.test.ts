import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { indexEvents, rangesBetween } from '../../src/layout/event-index.js';
import {
  type LayoutInput,
  type TimelineLayout,
  lanesTaken,
  layoutDensity,
  layoutTimeline,
  markBox,
} from '../../src/layout/timeline-layout.js';
import type { TimelineEvent } from '../../src/data/model.js';
import { ViewRange } from '../../src/layout/view-range.js';
import { historyDataset } from '../../scripts/history-dataset.mjs';
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

  describe('labels that collide', () => {
    // Six events a day apart: at a decade's zoom their labels cannot sit side by side.
    const p = prepare(
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
      const result = layout(p, view, 6);
      expect(lanesTaken(result)).to.equal(6);
      expect(lanesTaken(layout(p, view, 1, [5]))).to.equal(1);
      expect(result.clusters).to.deep.equal([]);
      expect(result.marks.map((m) => m.lane).sort()).to.deep.equal([0, 1, 2, 3, 4, 5]);
      expectSoundLayout(p, view, 6, [], result, 'six lanes');
    });

    it('clusters what the lanes cannot hold', () => {
      const result = layout(p, view, 2);
      expect(result.marks.length + result.clusters.reduce((n, c) => n + c.count, 0)).to.equal(6);
      expect(result.clusters.length).to.be.above(0);
      expectSoundLayout(p, view, 2, [], result, 'two lanes');
    });

    it('labels as many of a crowded column as there are lanes when the sizes ask for it', () => {
      const input = { index: p.index, width: WIDTH, labelWidth: p.labelWidth, pinned: [] };
      const plain = layoutTimeline({
        ...input,
        view,
        lanes: 2,
        metrics: { ...metrics, labelDense: false },
      });
      const dense = layoutTimeline({
        ...input,
        view,
        lanes: 2,
        metrics: { ...metrics, labelDense: true },
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
      expectSoundLayout(p, view, 2, [], dense, 'dense labels');
    });

    it('spans a cluster over only the events it counts, not a pinned one beside them', () => {
      const result = layout(p, view, 1, [5]);
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
    const p = prepare(normaliseDataset(historyDataset(40, { years: 65 })));
    const input: LayoutInput = {
      index: p.index,
      view: p.home,
      width: 672,
      lanes: 7,
      labelWidth: p.labelWidth,
      wrappedWidth: p.labelWidth.wrapped,
      pinned: [],
      metrics,
    };
    const result = layoutTimeline(input);

    it('labels more events than laying them out in time order alone does (20, 17 of them whole)', () => {
      const labelled = result.marks.filter((m) => m.lane >= 0);
      expect(labelled.length).to.be.at.least(23);
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
        .map((m) => ({ lane: m.lane, box: markBox(m, metrics), index: m.index }));
      for (const { lane, box, index } of boxes) {
        expect(box[0], `${index} starts in the drawing`).to.be.at.least(-metrics.dotRadius);
        expect(box[1], `${index} ends in the drawing`).to.be.at.most(672 + metrics.dotRadius);
        for (const other of boxes) {
          if (other.index === index || other.lane !== lane) continue;
          const apart = other.box[0] >= box[1] || other.box[1] <= box[0];
          expect(apart, `${index} and ${other.index} overlap in lane ${lane}`).to.equal(true);
        }
      }
    });
  });

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

describe('layoutDensity', () => {
  const p = prepare(normaliseDataset(syntheticDataset(5_000, { years: 30 })));

  it('scales each bar by the busiest one, counting the points under it', () => {
    for (const { view } of views(p.home)) {
      const density = layoutDensity(p.index, view, WIDTH, metrics.densityBinPx);
      const bins = Math.ceil(WIDTH / metrics.densityBinPx);
      expect(density).to.have.length(bins);
      const counts = Array.from({ length: bins }, (_, b) => {
        const from = view.time(b * metrics.densityBinPx, WIDTH);
        const to = view.time((b + 1) * metrics.densityBinPx, WIDTH);
        return p.dataset.events.filter(
          (e) => e.end === undefined && e.start >= (b === 0 ? view.start : from) && e.start < to,
        ).length;
      });
      const busiest = Math.max(...counts);
      for (let b = 0; b < bins; b++) {
        expect(density[b]!).to.be.within(0, 1);
        expect(density[b]!).to.be.closeTo(busiest ? counts[b]! / busiest : 0, 1e-6);
      }
      if (busiest) expect(Math.max(...density)).to.equal(1);
    }
  });

  it('is all zero where there are no points', () => {
    const empty = new ViewRange(new Date(1700, 0, 1).getTime(), new Date(1750, 0, 1).getTime());
    const density = layoutDensity(p.index, empty, WIDTH, metrics.densityBinPx);
    expect(density).to.have.length(WIDTH / metrics.densityBinPx);
    expect([...density].every((d) => d === 0)).to.equal(true);
  });

  it('shows three points in one bar as full and one point in another as a third', () => {
    const base = new Date(2000, 0, 1).getTime();
    const events: TimelineEvent[] = [0, 1, 2, 500].map((offset, index) => ({
      id: `e${index}`,
      index,
      start: base + offset * 60_000,
      startPrecision: 'day',
      circa: false,
      title: { '*': `e${index}` },
      sources: [],
    }));
    // 1,000 minutes over 100px: a 4px bar holds 40 minutes.
    const view = new ViewRange(base, base + 1000 * 60_000);
    const density = layoutDensity(indexEvents(events), view, 100, 4);
    expect(density).to.have.length(25);
    expect(density[0]).to.equal(1);
    expect(density[12]).to.be.closeTo(1 / 3, 1e-6);
    expect([...density].filter((d) => d > 0)).to.have.length(2);
  });
});
