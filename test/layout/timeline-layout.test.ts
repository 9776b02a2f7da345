import { expect } from '@open-wc/testing';
import type { Dataset, TimelineEvent } from '../../src/data/model.js';
import { normaliseDataset } from '../../src/data/normalise.js';
import { pickText } from '../../src/i18n/format.js';
import {
  type EventIndex,
  indexEvents,
  pointsBetween,
  rangesBetween,
} from '../../src/layout/event-index.js';
import { labelWidthCache } from '../../src/layout/label-width.js';
import {
  type LayoutInput,
  type TimelineLayout,
  defaultMetrics,
  layoutDensity,
  layoutTimeline,
  markBox,
} from '../../src/layout/timeline-layout.js';
import { ViewRange, homeRange } from '../../src/layout/view-range.js';
import { syntheticDataset } from '../fixtures/synthetic.js';

const WIDTH = 1000;
const DAY = 24 * 3600 * 1000;
const metrics = defaultMetrics;

interface Prepared {
  readonly dataset: Dataset;
  readonly index: EventIndex;
  readonly home: ViewRange;
  readonly labelWidth: (eventIndex: number) => number;
}

/** What the element prepares once per dataset: the index, the home view and label widths. */
function prepare(dataset: Dataset, lang = 'en'): Prepared {
  const index = indexEvents(dataset.events);
  return {
    dataset,
    index,
    home: homeRange(index.first, index.last),
    labelWidth: labelWidthCache(
      dataset.events.length,
      (i) => pickText(dataset.events[i]!.title, lang).text,
      13,
      metrics.maxLabelWidth,
    ),
  };
}

function layout(
  p: Prepared,
  view: ViewRange,
  lanes: number,
  pinned: readonly number[] = [],
): TimelineLayout {
  const input: LayoutInput = {
    index: p.index,
    view,
    width: WIDTH,
    lanes,
    labelWidth: p.labelWidth,
    pinned,
    metrics,
  };
  return layoutTimeline(input);
}

/** Points (events with one date) in [start, end], by event index. */
function pointsIn(p: Prepared, start: number, end: number): TimelineEvent[] {
  return p.dataset.events.filter((e) => e.end === undefined && e.start >= start && e.start <= end);
}

/** Views from the whole dataset down to a week, about a few centres. */
function views(home: ViewRange): { name: string; view: ViewRange }[] {
  const out: { name: string; view: ViewRange }[] = [];
  for (const [name, span] of [
    ['home', home.span],
    ['10 years', 3652 * DAY],
    ['1 year', 365 * DAY],
    ['3 months', 91 * DAY],
    ['1 month', 30 * DAY],
    ['1 week', 7 * DAY],
  ] as const) {
    for (const at of [0.5, 0.13, 0.77]) {
      const centre = home.start + at * home.span;
      out.push({
        name: `${name} at ${at}`,
        view: new ViewRange(centre - span / 2, centre + span / 2),
      });
    }
  }
  return out;
}

/** Up to two points in the view nearest its centre, as the focused and the chosen event would be. */
function pinnedNearCentre(p: Prepared, view: ViewRange): number[] {
  const [from, to] = pointsBetween(p.index, view.start, view.end);
  if (to - from < 2) return to > from ? [p.index.points[from]!] : [];
  const mid = Math.min(
    Math.max(from + 1, pointsBetween(p.index, view.start, view.centre)[1]),
    to - 1,
  );
  return [p.index.points[mid - 1]!, p.index.points[mid]!];
}

/** How far from the drawing the layout may look for points: one label and a column or two. */
const REACH = metrics.markWidth + metrics.maxLabelWidth + 2 * metrics.clusterPx;

/** What the cluster row shows, left to right: badges and bare dots, each as [x0, x1]. */
function clusterRow(result: TimelineLayout): { what: string; x0: number; x1: number }[] {
  return [
    ...result.marks
      .filter((m) => m.lane < 0)
      .map((m) => ({
        what: `dot ${m.index}`,
        x0: m.x - metrics.dotRadius,
        x1: m.x + metrics.dotRadius,
      })),
    ...result.clusters.map((c) => ({
      what: `cluster ${c.first}`,
      x0: c.x - c.width / 2,
      x1: c.x + c.width / 2,
    })),
  ].sort((a, b) => a.x0 - b.x0);
}

/** The properties every layout must keep, whatever the data. */
function expectSoundLayout(
  p: Prepared,
  view: ViewRange,
  lanes: number,
  pinned: readonly number[],
  result: TimelineLayout,
  label: string,
): void {
  const { marks, clusters } = result;

  // Each mark is a point event, drawn once, in a lane that exists with its own label width, or
  // as a bare dot (lane -1, no label) on the cluster row.
  const marked = new Set<number>();
  for (const mark of marks) {
    expect(marked.has(mark.index), `${label}: event ${mark.index} drawn twice`).to.equal(false);
    marked.add(mark.index);
    expect(p.dataset.events[mark.index]!.end, `${label}: mark ${mark.index} is a point`).to.equal(
      undefined,
    );
    expect(Number.isInteger(mark.lane), `${label}: lane of ${mark.index}`).to.equal(true);
    expect(mark.lane, `${label}: lane of ${mark.index}`).to.be.within(-1, lanes - 1);
    expect(mark.labelWidth).to.equal(mark.lane < 0 ? 0 : p.labelWidth(mark.index));
    expect(mark.x).to.be.closeTo(view.x(p.dataset.events[mark.index]!.start, WIDTH), 1e-6);
    // Only what is on screen, or next to it, is laid out.
    expect(mark.x, `${label}: mark ${mark.index} near the drawing`).to.be.within(
      -REACH,
      WIDTH + REACH,
    );
  }

  // No two labels overlap in a lane, and each keeps labelGap free after it.
  for (let lane = 0; lane < lanes; lane++) {
    const boxes = marks
      .filter((m) => m.lane === lane)
      .map((m) => ({ index: m.index, box: markBox(m, metrics) }))
      .sort((a, b) => a.box[0] - b.box[0]);
    for (let i = 1; i < boxes.length; i++) {
      const before = boxes[i - 1]!;
      const after = boxes[i]!;
      expect(
        after.box[0],
        `${label}: marks ${before.index} and ${after.index} overlap in lane ${lane}`,
      ).to.be.at.least(before.box[1] + metrics.labelGap - 1e-6);
    }
  }

  // Pinned events in the view are always marks.
  for (const eventIndex of pinned) {
    if (view.contains(p.dataset.events[eventIndex]!.start)) {
      expect(marked.has(eventIndex), `${label}: pinned ${eventIndex} is a mark`).to.equal(true);
    }
  }

  // Clusters are disjoint in time, and count exactly the unmarked points they span.
  const byTime = [...clusters].sort((a, b) => a.start - b.start);
  for (const [i, cluster] of byTime.entries()) {
    expect(cluster.count, `${label}: cluster ${i} count`).to.be.at.least(1);
    expect(cluster.end).to.be.at.least(cluster.start);
    const unmarked = pointsIn(p, cluster.start, cluster.end).filter((e) => !marked.has(e.index));
    expect(cluster.count, `${label}: cluster ${i} counts the unmarked points it spans`).to.equal(
      unmarked.length,
    );
    expect(cluster.first, `${label}: cluster ${i} key`).to.equal(unmarked[0]?.index);
    const next = byTime[i + 1];
    if (next) {
      expect(next.start, `${label}: clusters ${i} and ${i + 1} overlap in time`).to.be.above(
        cluster.end,
      );
    }
  }

  // Every point in the view is a mark or counted in exactly one cluster.
  for (const e of pointsIn(p, view.start, view.end)) {
    if (marked.has(e.index)) continue;
    const holders = clusters.filter((c) => c.start <= e.start && e.start <= c.end).length;
    expect(holders, `${label}: point ${e.index} is a mark or in one cluster`).to.equal(1);
  }
  // So the counts add up: over the view, widened to take in clusters that straddle its edges,
  // marks plus cluster counts make up every point.
  const lo = Math.min(view.start, ...clusters.map((c) => c.start));
  const hi = Math.max(view.end, ...clusters.map((c) => c.end));
  const inWindow = (i: number) => {
    const t = p.dataset.events[i]!.start;
    return t >= lo && t <= hi;
  };
  const counted =
    clusters.reduce((n, c) => n + c.count, 0) + marks.filter((m) => inWindow(m.index)).length;
  expect(counted, `${label}: marks + cluster counts`).to.equal(pointsIn(p, lo, hi).length);

  // The DOM stays bounded whatever the dataset's size: a lane holds so many labels, the
  // cluster row one badge or dot per column.
  const perLane = Math.ceil((WIDTH + 2 * REACH) / (metrics.markWidth + metrics.labelGap)) + 1;
  const labelled = marks.filter((m) => m.lane >= 0).length;
  expect(labelled, `${label}: labelled marks`).to.be.at.most(lanes * perLane + pinned.length);
  expect(clusterRow(result).length, `${label}: badges and dots`).to.be.at.most(
    Math.ceil((WIDTH + 2 * REACH) / metrics.clusterPx) + 2,
  );
}

describe('layoutTimeline', () => {
  describe('on crowded datasets', () => {
    const crowded: { count: number; prepared?: Prepared }[] = [{ count: 1_000 }, { count: 20_000 }];

    before(() => {
      for (const c of crowded) c.prepared = prepare(normaliseDataset(syntheticDataset(c.count)));
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
          expect(range.labelWidth).to.equal(p.labelWidth(range.index));
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
