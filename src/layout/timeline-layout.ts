import { type EventIndex, lowerBound, rangesBetween } from './event-index.js';
import { type Tick, layoutTicks } from './ticks.js';
import type { ViewRange } from './view-range.js';

/** Sizes, in CSS pixels, that the layout must respect; the view's styles use the same ones. */
export interface LayoutMetrics {
  /** Radius of a mark's dot. */
  readonly dotRadius: number;
  /** From the dot's outer edge to where its label starts, plus the label's far edge. */
  readonly markWidth: number;
  /** Free space kept after each label before the next one in the lane. */
  readonly labelGap: number;
  /** Widest a label may be; longer titles are ellipsised. */
  readonly maxLabelWidth: number;
  /** Narrowest column that clusters events; a cluster badge fits in it. */
  readonly clusterPx: number;
  /** Narrowest a cluster badge is drawn (its pointer target). */
  readonly minBadge: number;
  /** Width of one bar of the density strip. */
  readonly densityBinPx: number;
  /** How many lanes ranges (eras) may use. */
  readonly rangeLanes: number;
  /** Narrowest a range's bar is drawn. */
  readonly minRangePx: number;
  /**
   * Whether a column with more events than lanes still labels as many as find room (a tall
   * kiosk screen has lanes to spare), the rest joining its badge; else it is one badge.
   */
  readonly labelDense?: boolean;
}

export interface LayoutInput {
  readonly index: EventIndex;
  readonly view: ViewRange;
  readonly width: number;
  /** How many label lanes for points fit the height. */
  readonly lanes: number;
  /** Width of an event's label (see labelWidthCache). */
  readonly labelWidth: (eventIndex: number) => number;
  /** Events always drawn as marks, never clustered: the focused and the chosen one. */
  readonly pinned: readonly number[];
  /**
   * With `group-by`, the one lane each event's label must use, by event index (see
   * groupLanes); an event that does not fit its lane joins a cluster.
   */
  readonly laneOf?: Int16Array;
  /**
   * With `laneOf`, how many lanes each group has (one unless set): group g takes lanes
   * g × laneSpan up to the next group's, so a tall screen holds more of a group's labels.
   */
  readonly laneSpan?: number;
  readonly metrics: LayoutMetrics;
}

/**
 * A point event drawn as a mark: `x` is the dot's centre. Its label sits in `lane`, to the
 * right of the dot or, `flipped`, to its left. Lane -1 is a bare dot on the cluster row, for
 * an event that found no lane but is alone in its column.
 */
export interface LaidOutMark {
  readonly index: number;
  readonly x: number;
  readonly lane: number;
  readonly labelWidth: number;
  readonly flipped: boolean;
}

/** A range (era) drawn as a bar from x0 to x1, clipped to the drawing. */
export interface LaidOutRange {
  readonly index: number;
  readonly x0: number;
  readonly x1: number;
  readonly lane: number;
  readonly labelWidth: number;
}

/** Events too close together to label at this zoom, drawn as one badge with a count. */
export interface LaidOutCluster {
  /** Centre of the badge. */
  readonly x: number;
  readonly width: number;
  readonly count: number;
  /** Times of the earliest and the latest event in it. */
  readonly start: number;
  readonly end: number;
  /** Index of the earliest event in it: a stable key while panning. */
  readonly first: number;
}

export interface TimelineLayout {
  readonly marks: readonly LaidOutMark[];
  readonly ranges: readonly LaidOutRange[];
  readonly clusters: readonly LaidOutCluster[];
  /** Ranges that overlap the view but found no free lane. */
  readonly hiddenRanges: number;
  readonly ticks: readonly Tick[];
  /** Share of the busiest bar, per bar of the density strip; empty when nothing clusters. */
  readonly density: Float32Array;
}

export const defaultMetrics: LayoutMetrics = {
  dotRadius: 7,
  markWidth: 20,
  labelGap: 10,
  maxLabelWidth: 190,
  clusterPx: 40,
  minBadge: 28,
  densityBinPx: 4,
  rangeLanes: 3,
  minRangePx: 4,
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
  let points = layoutPoints(input, false);
  // A bare dot on the cluster row (lane -1) has no label: a pinned event there is not placed.
  const placed = new Set(points.marks.filter((mark) => mark.lane >= 0).map((mark) => mark.index));
  if (pinnedInWindow(input).some((i) => !placed.has(i))) points = layoutPoints(input, true);
  const ranges = layoutRanges(input);
  return {
    marks: points.marks.sort((a, b) => a.index - b.index),
    ranges: ranges.laidOut,
    clusters: points.clusters,
    hiddenRanges: ranges.hidden,
    ticks: layoutTicks(view, width),
    density: points.clusters.length
      ? layoutDensity(index, view, width, metrics.densityBinPx)
      : new Float32Array(0),
  };
}

/** How many label lanes a layout's marks take, at least one (bare dots take none). */
export function lanesTaken(layout: Pick<TimelineLayout, 'marks'>): number {
  let taken = 1;
  for (const mark of layout.marks) taken = Math.max(taken, mark.lane + 1);
  return taken;
}

/** The window the points are looked for in: the view, widened by a label each side. */
function pointWindow(input: LayoutInput): [number, number] {
  const reach = input.metrics.markWidth + input.metrics.maxLabelWidth;
  return [input.view.time(-reach, input.width), input.view.time(input.width + reach, input.width)];
}

function pinnedInWindow(input: LayoutInput): number[] {
  const [from, to] = pointWindow(input);
  return input.pinned.filter((eventIndex) => {
    const p = positionOfPoint(input.index, eventIndex);
    const t = p < 0 ? NaN : input.index.pointTimes[p]!;
    return t >= from && t <= to;
  });
}

/**
 * The box a mark and its label take, [x0, x1): the label to the right of the dot, or to its
 * left (`flipped`) where the right would run off the drawing.
 */
export function markBox(
  mark: { x: number; labelWidth: number; flipped: boolean },
  metrics: LayoutMetrics,
): [number, number] {
  const r = metrics.dotRadius;
  const w = metrics.markWidth + mark.labelWidth;
  return mark.flipped ? [mark.x + r - w, mark.x + r] : [mark.x - r, mark.x - r + w];
}

function layoutPoints(
  input: LayoutInput,
  reservePinned: boolean,
): { marks: LaidOutMark[]; clusters: LaidOutCluster[] } {
  const { index, view, width, metrics } = input;
  const lanes = Math.max(1, Math.floor(input.lanes));
  const marks: LaidOutMark[] = [];
  const pxPerMs = width / view.span;
  const [from, to] = pointWindow(input);
  const laneEnd = new Float64Array(lanes).fill(-Infinity);
  const reserved: { lane: number; x0: number; x1: number }[] = [];
  const fits = (lane: number, x0: number, x1: number): boolean => {
    if (laneEnd[lane]! > x0) return false;
    for (const r of reserved) if (r.lane === lane && r.x0 < x1 && r.x1 > x0) return false;
    return true;
  };
  /** Places a mark in the first lane with room, its label flipped left at the right edge. */
  const place = (eventIndex: number, t: number, force: boolean): boolean => {
    const x = view.x(t, width);
    let labelWidth = input.labelWidth(eventIndex);
    // The label goes right of the dot, else left; on a narrow screen where neither side has
    // room, it takes the roomier side and is shortened to fit.
    const roomRight = width - (x - metrics.dotRadius) - metrics.markWidth;
    const roomLeft = x + metrics.dotRadius - metrics.markWidth;
    const flipped = labelWidth > roomRight && (labelWidth <= roomLeft || roomLeft > roomRight);
    if (labelWidth > Math.max(roomRight, roomLeft) && x >= 0 && x <= width) {
      labelWidth = Math.max(0, Math.floor(Math.max(roomRight, roomLeft)));
    }
    const [x0, x1] = markBox({ x, labelWidth, flipped }, metrics);
    let lane = 0;
    const span = input.laneSpan ?? 1;
    const own = input.laneOf ? Math.min(lanes - 1, (input.laneOf[eventIndex] ?? 0) * span) : -1;
    if (own >= 0) {
      // Grouped: one of the event's own lanes or nothing (a pinned event takes the first anyway).
      const end = Math.min(lanes, own + span);
      lane = own;
      while (lane < end && !fits(lane, x0, x1 + metrics.labelGap)) lane++;
      if (lane === end) {
        if (!force) return false;
        lane = own;
      }
    } else while (lane < lanes && !fits(lane, x0, x1 + metrics.labelGap)) lane++;
    if (lane === lanes) {
      if (!force) return false;
      lane = 0;
      while (lane < lanes - 1 && reserved.some((r) => r.lane === lane && r.x0 < x1 && r.x1 > x0))
        lane++;
    }
    if (force) reserved.push({ lane, x0, x1: x1 + metrics.labelGap });
    else laneEnd[lane] = x1 + metrics.labelGap;
    marks.push({ index: eventIndex, x, lane, labelWidth, flipped });
    return true;
  };

  const pinned = new Set(reservePinned ? pinnedInWindow(input) : []);
  for (const eventIndex of [...pinned].sort((a, b) => a - b)) {
    place(eventIndex, index.pointTimes[positionOfPoint(index, eventIndex)]!, true);
  }

  const columnMs = 2 ** Math.ceil(Math.log2(metrics.clusterPx / pxPerMs));
  const columnPx = columnMs * pxPerMs;
  const lastColumn = Math.floor(to / columnMs);
  const times = index.pointTimes;
  let pos = lowerBound(times, Math.floor(from / columnMs) * columnMs);
  const row: LaidOutCluster[] = [];
  for (let c = Math.floor(from / columnMs); c <= lastColumn && pos < times.length; c++) {
    const next = lowerBound(times, (c + 1) * columnMs, pos);
    if (next === pos) continue;
    let count = 0;
    let start = Infinity;
    let end = -Infinity;
    let first = -1;
    const dense = next - pos > lanes;
    // A dense column tries its first events, at most one per lane, when the sizes ask for it.
    let tries = dense && metrics.labelDense ? lanes : 0;
    for (let j = pos; j < next; j++) {
      const eventIndex = index.points[j]!;
      if (pinned.has(eventIndex)) continue;
      if ((!dense || tries-- > 0) && place(eventIndex, times[j]!, false)) continue;
      if (dense && tries <= 0 && first >= 0) {
        // A dense column only needs its count and its ends: skip to the last event.
        count += next - j - countPinned(pinned, index, j, next);
        let last = next - 1;
        while (last > j && pinned.has(index.points[last]!)) last--;
        end = Math.max(end, times[last]!);
        break;
      }
      count++;
      if (first < 0) first = eventIndex;
      start = Math.min(start, times[j]!);
      end = Math.max(end, times[j]!);
    }
    if (count === 0) {
      pos = next;
      continue;
    }
    const x = view.x((c + 0.5) * columnMs, width);
    if (x >= -columnPx / 2 && x <= width + columnPx / 2) {
      row.push({ x, width: badgeWidth(count, columnPx, metrics), count, start, end, first });
    }
    pos = next;
  }
  return { marks, clusters: settleRow(row, marks, view, width, columnPx, metrics) };
}

/**
 * The cluster row: a column left with one event shows it as a bare dot at its own date;
 * where a dot would touch its neighbour, the two merge into one badge, so every badge stands
 * for a real collision and nothing on the row overlaps.
 */
function settleRow(
  row: readonly LaidOutCluster[],
  marks: LaidOutMark[],
  view: ViewRange,
  width: number,
  columnPx: number,
  metrics: LayoutMetrics,
): LaidOutCluster[] {
  const settled: (LaidOutCluster & { bare?: number })[] = [];
  const gap = 2;
  const left = (item: LaidOutCluster & { bare?: number }) =>
    item.bare === undefined ? item.x - item.width / 2 : item.bare - metrics.dotRadius;
  const right = (item: LaidOutCluster & { bare?: number }) =>
    item.bare === undefined ? item.x + item.width / 2 : item.bare + metrics.dotRadius;
  for (const cluster of row) {
    let item: LaidOutCluster & { bare?: number } =
      cluster.count === 1 ? { ...cluster, bare: view.x(cluster.start, width) } : cluster;
    const prev = settled[settled.length - 1];
    if (prev && right(prev) + gap > left(item)) {
      const count = prev.count + item.count;
      // The merged badge stays on the column of the badge it grows, or between two dots.
      const x =
        prev.bare === undefined ? prev.x : item.bare === undefined ? item.x : (prev.x + item.x) / 2;
      settled.pop();
      item = {
        x,
        width: badgeWidth(count, columnPx, metrics),
        count,
        start: Math.min(prev.start, item.start),
        end: Math.max(prev.end, item.end),
        first: prev.first,
      };
    }
    settled.push(item);
  }
  const clusters: LaidOutCluster[] = [];
  for (const item of settled) {
    if (item.bare === undefined) clusters.push(item);
    else marks.push({ index: item.first, x: item.bare, lane: -1, labelWidth: 0, flipped: false });
  }
  return clusters;
}

/** A badge as wide as its count needs, never wider than its column leaves room for. */
function badgeWidth(count: number, columnPx: number, metrics: LayoutMetrics): number {
  const digits = Math.min(4, String(count).length);
  return Math.min(columnPx - 4, metrics.minBadge + (digits - 1) * 6);
}

/** How many pinned points lie at positions [from, to): a binary search each, not a scan. */
function countPinned(pinned: Set<number>, index: EventIndex, from: number, to: number): number {
  let n = 0;
  for (const eventIndex of pinned) {
    const p = positionOfPoint(index, eventIndex);
    if (p >= from && p < to) n++;
  }
  return n;
}

function positionOfPoint(index: EventIndex, eventIndex: number): number {
  // Points are sorted by time and event indices follow time order, so the search is binary.
  let lo = 0;
  let hi = index.points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.points[mid]! < eventIndex) lo = mid + 1;
    else hi = mid;
  }
  return index.points[lo] === eventIndex ? lo : -1;
}

function layoutRanges(input: LayoutInput): { laidOut: LaidOutRange[]; hidden: number } {
  const { index, view, width, metrics } = input;
  const laidOut: LaidOutRange[] = [];
  const laneEnd = new Array<number>(metrics.rangeLanes).fill(-Infinity);
  let hidden = 0;
  for (const r of rangesBetween(index, view.start, view.end)) {
    const eventIndex = index.ranges[r]!;
    const x0 = Math.max(0, view.x(index.rangeStarts[r]!, width));
    const x1 = Math.min(
      width,
      Math.max(view.x(index.rangeEnds[r]!, width), x0 + metrics.minRangePx),
    );
    const labelWidth = input.labelWidth(eventIndex);
    const lane = laneEnd.findIndex((end) => end <= x0);
    if (lane < 0) {
      hidden++;
      continue;
    }
    laneEnd[lane] = Math.max(x1, x0 + labelWidth) + metrics.labelGap;
    laidOut.push({ index: eventIndex, x0, x1, lane, labelWidth });
  }
  return { laidOut, hidden };
}

/** How many points fall in each `binPx`-wide bar across the view, scaled to the busiest bar. */
export function layoutDensity(
  index: EventIndex,
  view: ViewRange,
  width: number,
  binPx: number,
): Float32Array {
  const bins = Math.ceil(width / binPx);
  const density = new Float32Array(bins);
  let lo = lowerBound(index.pointTimes, view.start);
  let max = 0;
  for (let b = 0; b < bins; b++) {
    const hi = lowerBound(index.pointTimes, view.time((b + 1) * binPx, width), lo);
    density[b] = hi - lo;
    max = Math.max(max, hi - lo);
    lo = hi;
  }
  if (max > 0) for (let b = 0; b < bins; b++) density[b]! /= max;
  return density;
}
