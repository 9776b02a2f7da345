import { lowerBound, upperBound } from '../data/bounds.js';
import type { TimelineEvent } from '../data/model.js';

// The one binary search of sorted numbers, in data/ so the data layer's sort can use it too.
export { lowerBound, upperBound } from '../data/bounds.js';

/**
 * The dataset's events in typed arrays, sorted by time, so "which events lie between these
 * times" costs two binary searches however large the dataset is. Points (events with one
 * date) and ranges (eras with an end) are kept apart: they are drawn differently.
 */
export interface EventIndex {
  readonly size: number;
  /** Event indices of points, by time. */
  readonly points: Int32Array;
  readonly pointTimes: Float64Array;
  /** Event indices of ranges, by start. */
  readonly ranges: Int32Array;
  readonly rangeStarts: Float64Array;
  readonly rangeEnds: Float64Array;
  /**
   * The latest end within each subtree of the ranges seen as a balanced search tree by
   * start (the subtree of positions [lo, hi) is stored at its middle, (lo + hi) >>> 1): a
   * search skips every subtree that ended before the window, so one long era at the start
   * of the data does not make it walk all the ranges after it.
   */
  readonly rangeMaxEnd: Float64Array;
  /** Earliest start and latest end of all events (NaN when there are none). */
  readonly first: number;
  readonly last: number;
}

/** Builds the index of events already sorted by start (as a Dataset keeps them). */
export function indexEvents(events: readonly TimelineEvent[]): EventIndex {
  const count = events.length;
  let pointCount = 0;
  for (let i = 0; i < count; i++) if (events[i]!.end === undefined) pointCount++;
  const points = new Int32Array(pointCount);
  const pointTimes = new Float64Array(pointCount);
  const rangeCount = events.length - pointCount;
  const ranges = new Int32Array(rangeCount);
  const rangeStarts = new Float64Array(rangeCount);
  const rangeEnds = new Float64Array(rangeCount);
  const rangeMaxEnd = new Float64Array(rangeCount);
  let p = 0;
  let r = 0;
  let last = -Infinity;
  for (let i = 0; i < count; i++) {
    const e = events[i]!;
    if (e.end === undefined) {
      points[p] = e.index;
      pointTimes[p++] = e.start;
      last = Math.max(last, e.start);
    } else {
      ranges[r] = e.index;
      rangeStarts[r] = e.start;
      rangeEnds[r] = e.end;
      r++;
      last = Math.max(last, e.end);
    }
  }
  fillMaxEnd(rangeEnds, rangeMaxEnd, 0, rangeCount);
  const first = events[0]?.start ?? NaN;
  return {
    size: events.length,
    points,
    pointTimes,
    ranges,
    rangeStarts,
    rangeEnds,
    rangeMaxEnd,
    first,
    last: events.length ? last : NaN,
  };
}

/** Positions [from, to) in `index.points` of points whose time lies in [start, end]. */
export function pointsBetween(index: EventIndex, start: number, end: number): [number, number] {
  return [lowerBound(index.pointTimes, start), upperBound(index.pointTimes, end)];
}

/** Fills `maxEnd` for the subtree of positions [lo, hi); returns its latest end. */
function fillMaxEnd(ends: Float64Array, maxEnd: Float64Array, lo: number, hi: number): number {
  if (lo >= hi) return -Infinity;
  const mid = (lo + hi) >>> 1;
  const latest = Math.max(
    ends[mid]!,
    fillMaxEnd(ends, maxEnd, lo, mid),
    fillMaxEnd(ends, maxEnd, mid + 1, hi),
  );
  maxEnd[mid] = latest;
  return latest;
}

/** Positions in `index.ranges` of ranges that overlap [start, end], in start order. */
export function rangesBetween(index: EventIndex, start: number, end: number): number[] {
  const found: number[] = [];
  const visit = (lo: number, hi: number): void => {
    if (lo >= hi) return;
    const mid = (lo + hi) >>> 1;
    // Everything here ended before the window.
    if (index.rangeMaxEnd[mid]! < start) return;
    visit(lo, mid);
    // This one and all after it begin after the window.
    if (index.rangeStarts[mid]! > end) return;
    if (index.rangeEnds[mid]! >= start) found.push(mid);
    visit(mid + 1, hi);
  };
  visit(0, index.ranges.length);
  return found;
}

/** Index of the first event starting at or after `t`, in events sorted by start (binary search). */
export function firstEventFrom(events: readonly { start: number }[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position in `index.points` of event `eventIndex`, or -1 when it is not a point. */
export function positionOfPoint(index: EventIndex, eventIndex: number): number {
  // Points are sorted by time and event indices follow time order, so the search is binary.
  const lo = lowerBound(index.points, eventIndex);
  return index.points[lo] === eventIndex ? lo : -1;
}
