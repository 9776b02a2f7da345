import { lowerBound } from './event-index.js';
import { layoutDensity } from './density.js';
import type { LaidOutRange, LayoutInput, LayoutMetrics, TimelineLayout } from './layout-types.js';
import { type Points, layoutPoints, pinnedInWindow, pointWindow } from './points.js';
import { layoutRanges } from './ranges.js';
import { layoutTicks } from './ticks.js';
import { ViewRange } from './view-range.js';

// The layout is split by idea (points and their lanes, clusters, ranges, density); what other
// layers use is still imported from here.
export type {
  LaidOutCluster,
  LaidOutMark,
  LaidOutRange,
  LayoutInput,
  LayoutMetrics,
  TimelineLayout,
} from './layout-types.js';
export { layoutDensity } from './density.js';
export { markBox } from './placer.js';

export const defaultMetrics: LayoutMetrics = {
  dotRadius: 7,
  markWidth: 20,
  labelGap: 10,
  maxLabelWidth: 320,
  minLabelWidth: 64,
  clusterPx: 40,
  minBadge: 28,
  densityBinPx: 4,
  rangeLanes: 3,
  minRangePx: 4,
  labelDense: true,
};

/**
 * Lays out what the view shows: marks with labels in lanes so no two overlap, clusters
 * where even the lanes cannot fit the events, range bars, ticks and a density strip.
 *
 * Only the visible window (widened by one label to the left) is looked at: events are found
 * by binary search in the index, so the cost follows what is on screen, not the dataset.
 * Clusters are columns fixed in time (a power-of-two number of milliseconds at least
 * `clusterPx` wide), so they move with the data while panning instead of re-forming.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { index, view, width, metrics } = input;
  if (!(width > 0) || !(view.span > 0)) {
    return {
      marks: [],
      ranges: [],
      clusters: [],
      hiddenRanges: 0,
      ticks: [],
      density: new Float32Array(0),
    };
  }
  // Pinned events usually find a lane in time order anyway; only when one does not is the
  // layout redone with their room reserved first, so choosing an event rarely moves others.
  // Where a few events are left unlabelled or cut, two other orders may label more: the events
  // at the right edge, whose labels can only run left, placed first; or all laid out from the
  // right (a crowded end of the drawing then takes its lanes first). Each again with labels set
  // across two lanes where one would be cut (orders 3 to 5): that whole label takes a lane's
  // room others may need, so it is kept only where it labels more. The best wins; a zoom frame,
  // with `order` set, lays out only the one that won when the view last settled. Where a layout
  // was drawn before (`before`), the one that keeps its labels' lanes is tried first, and wins
  // unless another labels more.
  const ranges = layoutRanges(input);
  if (input.beside) input = { ...input, bars: barsBeside(input, ranges.laidOut) };
  const [from, to] = pointWindow(input);
  const lo = lowerBound(index.pointTimes, from);
  const hi = lowerBound(index.pointTimes, to);
  const few = hi - lo < 500 && !input.laneOf;
  const orders = input.acrossWidth ? 6 : 3;
  const inOrder = (o: number, keepLanes: boolean) => {
    const as = {
      ...input,
      acrossWidth: o < 3 ? undefined : input.acrossWidth,
      wholeFirst: few,
      before: keepLanes ? input.before : undefined,
    };
    return !(o % 3)
      ? bestPoints(as)
      : o % 3 > 1
        ? fromTheRight(as, lo, hi)
        : layoutPoints(as, true, edgeEvents(as, lo, hi));
  };
  // An order remembered from a layout with labels across lanes is replayed only where offered.
  const offered = (o: number | undefined) => (few && o !== undefined && o < orders ? o : 0);
  let points: Points | undefined;
  let order = 0;
  if (input.before) {
    order = offered(input.order ?? input.before.order);
    points = inOrder(order, true);
  }
  // A frame of a moving view lays out one order; a settled view tries the others.
  for (let o = offered(input.order); o < orders && (!points || input.order === undefined); o++) {
    const tried = inOrder(o, false);
    if (!points || labelled(tried) > labelled(points)) [points, order] = [tried, o];
    if (!few || input.order !== undefined || (!o && labelled(points) >= 3 * points.marks.length))
      break;
  }
  return {
    marks: points!.marks.sort((a, b) => a.index - b.index),
    ranges: ranges.laidOut,
    clusters: points!.clusters,
    hiddenRanges: ranges.hidden,
    ticks: layoutTicks(view, width),
    order,
    density: points!.clusters.length
      ? layoutDensity(index, view, width, metrics.densityBinPx)
      : new Float32Array(0),
  };
}

/**
 * What each label lane beside the range bars must keep clear of: the bars of its range lanes
 * (Rows.beside), and their labels, which start 12 pixels into the bar (see layoutRanges) and may
 * run past its end. A range lane holds few bars side by side, so a list does.
 */
function barsBeside({ beside = [], metrics }: LayoutInput, ranges: readonly LaidOutRange[]) {
  return beside.map((shared) =>
    ranges
      .filter((range) => shared.includes(range.lane))
      .flatMap((r) => [r.x0, Math.max(r.x1, r.x0 + 12 + r.labelWidth) + metrics.labelGap]),
  );
}

/** Points laid out; again with the pinned events' room reserved first when one found none. */
function bestPoints(input: LayoutInput): Points {
  // A zoom or pan frame (its order given) reserves their room at once: one layout a frame,
  // where trying without would lay out twice whenever a cluster holds one of them.
  if (input.order !== undefined && pinnedInWindow(input).length) return layoutPoints(input, true);
  const points = layoutPoints(input, false);
  // A bare dot on the cluster row (lane -1) has no label: a pinned event there is not placed.
  const placed = (i: number) => points.marks.some((mark) => mark.index === i && mark.lane >= 0);
  return pinnedInWindow(input).every(placed) ? points : layoutPoints(input, true);
}

/** The events at positions [lo, hi) whose labels would run past the drawing's right edge. */
function edgeEvents(
  { index, view, width, metrics, ...input }: LayoutInput,
  lo: number,
  hi: number,
) {
  const edge: number[] = [];
  for (let p = lo; p < hi; p++) {
    const i = index.points[p]!;
    const x = view.x(index.pointTimes[p]!, width);
    const w = (input.wrappedWidth ?? input.labelWidth)(i);
    if (x <= width && x + metrics.markWidth + w > width + metrics.dotRadius) edge.push(i);
  }
  return edge;
}

/**
 * How well a layout labels its events: marks drawn with a whole label count for more than cut
 * ones, and clusters count against. Where more than one label in seven is cut, the cut ones
 * count for nothing: a view of ellipses reads no better than fewer labels, whole, beside badges
 * to zoom into.
 */
function labelled(points: Points): number {
  let n = 0;
  let cut = 0;
  for (const mark of points.marks) {
    if (mark.lane < 0) continue;
    if (mark.cut) cut++;
    else n += 3;
  }
  // n is three times the whole labels.
  if (18 * cut <= n) n += 2 * cut;
  for (const cluster of points.clusters) n -= cluster.count;
  return n;
}

/**
 * The points at positions [lo, hi) laid out from the right: seen in a mirror, where time runs
 * backwards and event i is ~i (so the index stays sorted both by time and by event index),
 * then turned back.
 */
function fromTheRight(input: LayoutInput, lo: number, hi: number): Points {
  const { index, width } = input;
  const mirror = (width?: (i: number) => number) => width && ((i: number) => width(~i));
  const back = layoutPoints(
    {
      ...input,
      index: {
        ...index,
        points: index.points
          .slice(lo, hi)
          .reverse()
          .map((i) => ~i),
        pointTimes: index.pointTimes
          .slice(lo, hi)
          .reverse()
          .map((t) => -t),
      },
      view: new ViewRange(-input.view.end, -input.view.start),
      labelWidth: mirror(input.labelWidth)!,
      wrappedWidth: mirror(input.wrappedWidth),
      threeWidth: mirror(input.threeWidth),
      acrossWidth: mirror(input.acrossWidth),
      before: input.before && { lane: (i: number) => input.before!.lane(~i) },
      // A span keeps labelGap free after the bar: in the mirror, that is before it.
      bars: input.bars?.map((spans) =>
        spans.map((x) => width - x + input.metrics.labelGap).reverse(),
      ),
      pinned: input.pinned.map((i) => ~i),
    },
    true,
  );
  const marks = back.marks.map((m) => ({
    ...m,
    index: ~m.index,
    x: width - m.x,
    // A label running right in the mirror runs left; a bare dot has none to turn (the view
    // moves a flipped mark back by its width: the dot would stand before its date).
    flipped: m.lane >= 0 && !m.flipped,
  }));
  return {
    marks,
    clusters: back.clusters.reverse().map((c) => ({
      ...c,
      x: width - c.x,
      start: -c.end,
      end: -c.start,
      // Its earliest event not drawn as a mark: a pinned one on the same day may be.
      first: index.points
        .subarray(lowerBound(index.pointTimes, -c.end))
        .find((i) => !marks.some((m) => m.index === i))!,
    })),
  };
}

/** How many label lanes a layout's marks take, at least one (bare dots take none). */
export function lanesTaken(layout: Pick<TimelineLayout, 'marks'>): number {
  let taken = 1;
  for (const mark of layout.marks) taken = Math.max(taken, mark.lane + (mark.across ? 2 : 1));
  return taken;
}
