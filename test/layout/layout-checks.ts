/**
 * What every layout must keep, whatever the data, and the preparation the element does once per
 * dataset: shared by the layout's example-based and property-based tests.
 */
import { expect } from '@open-wc/testing';
import type { Dataset, TimelineEvent } from '../../src/data/model.js';
import { pickText } from '../../src/i18n/format.js';
import { type EventIndex, indexEvents, pointsBetween } from '../../src/layout/event-index.js';
import { type LabelWidths, labelWidthCache } from '../../src/layout/label-width.js';
import {
  type LayoutInput,
  type TimelineLayout,
  defaultMetrics,
  layoutTimeline,
  markBox,
} from '../../src/layout/timeline-layout.js';
import { ViewRange, homeRange } from '../../src/layout/view-range.js';
import { compactSizes } from '../../src/layout/sizes.js';

export const WIDTH = 1000;
export const DAY = 24 * 3600 * 1000;
export const metrics = defaultMetrics;

export interface Prepared {
  readonly dataset: Dataset;
  readonly index: EventIndex;
  readonly home: ViewRange;
  readonly labelWidth: LabelWidths;
}

/**
 * `p`'s home view as a 343 px phone box lays it out: 341 px wide, the compact sizes' label
 * widths, `lanes` label lanes and three range lanes.
 */
export function phoneInput(p: Prepared, lanes: number, lang = 'en'): LayoutInput {
  const compact = labelWidthCache(
    p.dataset.events.length,
    (i) => pickText(p.dataset.events[i]!.title, lang).text,
    compactSizes.labelFontPx,
    compactSizes.labelPadding,
  );
  return {
    index: p.index,
    view: p.home,
    width: 341,
    lanes,
    labelWidth: compact,
    wrappedWidth: compact.wrapped,
    acrossWidth: compact.three,
    pinned: [],
    metrics: compactSizes.metrics,
    rangeLanes: 3,
  };
}

/** What the element prepares once per dataset: the index, the home view and label widths. */
export function prepare(dataset: Dataset, lang = 'en'): Prepared {
  const index = indexEvents(dataset.events);
  return {
    dataset,
    index,
    home: homeRange(index.first, index.last),
    labelWidth: labelWidthCache(
      dataset.events.length,
      (i) => pickText(dataset.events[i]!.title, lang).text,
      13,
      8,
    ),
  };
}

export function layout(
  p: Prepared,
  view: ViewRange,
  lanes: number,
  pinned: readonly number[] = [],
  beside?: readonly (readonly number[])[],
  /** The layout drawn before (LayoutInput.before), and `order` for a frame of a moving view. */
  moving?: Pick<LayoutInput, 'before' | 'order'>,
): TimelineLayout {
  const input: LayoutInput = {
    ...moving,
    index: p.index,
    view,
    width: WIDTH,
    lanes,
    labelWidth: p.labelWidth,
    wrappedWidth: p.labelWidth.wrapped,
    // As where the lanes are far enough apart for three lines.
    threeWidth: p.labelWidth.three,
    acrossWidth: p.labelWidth.three,
    pinned,
    metrics,
    beside,
  };
  return layoutTimeline(input);
}

/**
 * In lanes that reach up beside the range bars (`beside`, as the rows give it), no mark's dot or
 * label meets a bar of the range lanes the lane shares, nor the bar's label, with labelGap kept
 * free; a pinned mark is drawn whatever.
 */
export function expectClearOfBars(
  result: TimelineLayout,
  beside: readonly (readonly number[])[],
  pinned: readonly number[],
  label: string,
): void {
  for (const mark of result.marks) {
    if (mark.lane < 0 || pinned.includes(mark.index)) continue;
    const [x0, x1] = markBox(mark, metrics);
    for (const lane of mark.across ? [mark.lane, mark.lane + 1] : [mark.lane]) {
      for (const range of result.ranges) {
        if (!beside[lane]?.includes(range.lane)) continue;
        const end = Math.max(range.x1, range.x0 + 12 + range.labelWidth);
        expect(
          x1 + metrics.labelGap <= range.x0 || x0 >= end + metrics.labelGap,
          `${label}: mark ${mark.index} meets range ${range.index} in lane ${lane}`,
        ).to.equal(true);
      }
    }
  }
}

/** Points (events with one date) in [start, end], by event index. */
export function pointsIn(p: Prepared, start: number, end: number): TimelineEvent[] {
  return p.dataset.events.filter((e) => e.end === undefined && e.start >= start && e.start <= end);
}

/** Views from the whole dataset down to a week, about a few centres. */
export function views(home: ViewRange): { name: string; view: ViewRange }[] {
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
export function pinnedNearCentre(p: Prepared, view: ViewRange): number[] {
  const [from, to] = pointsBetween(p.index, view.start, view.end);
  if (to - from < 2) return to > from ? [p.index.points[from]!] : [];
  const mid = Math.min(
    Math.max(from + 1, pointsBetween(p.index, view.start, view.centre)[1]),
    to - 1,
  );
  return [p.index.points[mid - 1]!, p.index.points[mid]!];
}

/** How far from the drawing the layout may look for points: one label and a column or two. */
export const REACH = metrics.markWidth + metrics.maxLabelWidth + 2 * metrics.clusterPx;

/** What the cluster row shows, left to right: badges and bare dots, each as [x0, x1]. */
export function clusterRow(result: TimelineLayout): { what: string; x0: number; x1: number }[] {
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
export function expectSoundLayout(
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
    // Across two lanes: three lines, in a lane with one above it.
    if (mark.across) {
      expect(mark.lines, `${label}: lines of ${mark.index}`).to.equal(3);
      expect(mark.lane, `${label}: lane of ${mark.index}`).to.be.within(0, lanes - 2);
    }
    // A label is whole on one line, two or three, or, the last resort, cut (never below the
    // narrowest cut) to fit the drawing.
    if (mark.lane < 0) {
      expect(mark.labelWidth).to.equal(0);
      // No label to turn left: a flipped mark is drawn moved back by its own width, so a
      // flipped dot would stand a tap target's width before its date.
      expect(mark.flipped, `${label}: bare dot ${mark.index} flipped`).to.equal(false);
    } else if (!mark.cut) {
      expect(mark.labelWidth, `${label}: label of ${mark.index}`).to.equal(
        [
          0,
          p.labelWidth(mark.index),
          p.labelWidth.wrapped(mark.index),
          p.labelWidth.three(mark.index),
        ][mark.lines],
      );
      expect(mark.labelWidth).to.be.at.most(metrics.maxLabelWidth);
    } else {
      expect(mark.labelWidth).to.be.below(p.labelWidth(mark.index));
    }
    expect(mark.x).to.be.closeTo(view.x(p.dataset.events[mark.index]!.start, WIDTH), 1e-6);
    // Only what is on screen, or next to it, is laid out.
    expect(mark.x, `${label}: mark ${mark.index} near the drawing`).to.be.within(
      -REACH,
      WIDTH + REACH,
    );
  }

  // No two labels overlap in a lane (a label across two lanes is in both), and each keeps
  // labelGap free after it.
  for (let lane = 0; lane < lanes; lane++) {
    const boxes = marks
      .filter((m) => m.lane === lane || (m.across && m.lane + 1 === lane))
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

  // A label on three lines in one lane reaches into the lanes beside its own: never where
  // another such does, nor from the lowest lane or the highest.
  for (const mark of marks) {
    if (mark.lines < 3 || mark.across) continue;
    expect(mark.lane, `${label}: three lines in lane ${mark.lane}`).to.be.within(1, lanes - 2);
    const [x0, x1] = markBox(mark, metrics);
    for (const other of marks) {
      if (other.lines < 3 || other.across || Math.abs(other.lane - mark.lane) !== 1) continue;
      const [o0, o1] = markBox(other, metrics);
      expect(o0 >= x1 || o1 <= x0, `${label}: ${mark.index} and ${other.index} meet`).to.equal(
        true,
      );
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
