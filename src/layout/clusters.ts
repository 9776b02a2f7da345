import { type EventIndex, lowerBound, positionOfPoint } from './event-index.js';
import type { LaidOutCluster, LaidOutMark, LayoutInput, LayoutMetrics } from './layout-types.js';
import type { ViewRange } from './view-range.js';

/**
 * The lanes fill from a line on a grid this many columns apart (640 to 1280 px), not from the
 * window's edge: a pan between two lines places the same events in the same lanes, shifted,
 * where each step of the edge would re-pick most marks (each one made and drawn anew).
 */
const GRID_COLUMNS = 16;

/**
 * Columns fixed in time (a power-of-two number of milliseconds at least `clusterPx` wide):
 * the events of each column that `place` finds no lane for join its badge.
 */
export function layoutColumns(
  input: LayoutInput,
  lanes: number,
  [from, to]: [number, number],
  place: (eventIndex: number, t: number, force: boolean, next: number) => boolean,
  pinned: Set<number>,
  marks: LaidOutMark[],
): LaidOutCluster[] {
  const { index, view, width, metrics } = input;
  const pxPerMs = width / view.span;
  const columnMs = 2 ** Math.ceil(Math.log2(metrics.clusterPx / pxPerMs));
  const columnPx = columnMs * pxPerMs;
  const lastColumn = Math.floor(to / columnMs);
  const times = index.pointTimes;
  const firstColumn = Math.floor(from / columnMs);
  // Marks placed left of the window only take their lanes' room: they are not kept.
  const startColumn = Math.floor(firstColumn / GRID_COLUMNS) * GRID_COLUMNS;
  let pos = lowerBound(times, startColumn * columnMs);
  const row: LaidOutCluster[] = [];
  for (let c = startColumn; c <= lastColumn && pos < times.length; c++) {
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
      if (
        (!dense || tries-- > 0) &&
        place(eventIndex, times[j]!, false, times[j + 1] ?? Infinity)
      ) {
        if (c < firstColumn) marks.pop();
        continue;
      }
      if (dense && tries <= 0 && first >= 0) {
        // A dense column only needs its count and its ends: skip to the last event.
        const [rest, last] = restOfColumn(pinned, index, j, next);
        count += rest;
        end = Math.max(end, last);
        break;
      }
      count++;
      if (first < 0) first = eventIndex;
      start = Math.min(start, times[j]!);
      end = Math.max(end, times[j]!);
    }
    const x = view.x((c + 0.5) * columnMs, width);
    if (count > 0 && x >= -columnPx / 2 && x <= width + columnPx / 2) {
      row.push({ x, width: badgeWidth(count, columnPx, metrics), count, start, end, first });
    }
    pos = next;
  }
  return settleRow(row, marks, view, width, columnPx, metrics);
}

/** A dense column's events from position `j` on, pinned ones aside: how many, and the last time. */
function restOfColumn(pinned: Set<number>, index: EventIndex, j: number, next: number) {
  let last = next - 1;
  while (last > j && pinned.has(index.points[last]!)) last--;
  return [next - j - countPinned(pinned, index, j, next), index.pointTimes[last]!] as const;
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
  // An item's left edge (side -1) or right edge (side 1).
  const edge = (item: LaidOutCluster & { bare?: number }, side: number) =>
    item.bare === undefined
      ? item.x + (side * item.width) / 2
      : item.bare + side * metrics.dotRadius;
  for (const cluster of row) {
    let item: LaidOutCluster & { bare?: number } =
      cluster.count === 1 ? { ...cluster, bare: view.x(cluster.start, width) } : cluster;
    const prev = settled[settled.length - 1];
    if (prev && edge(prev, 1) + gap > edge(item, -1)) {
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
  for (const [i, item] of settled.entries()) {
    if (item.bare === undefined) {
      // Where the row leaves room up to the next badge or dot, the badge names its first event.
      const x0 = item.x - item.width / 2;
      const next = settled[i + 1];
      const room = Math.min(metrics.maxLabelWidth, (next ? edge(next, -1) - gap : width) - x0);
      if (x0 >= 0 && room >= metrics.maxLabelWidth / 2) {
        clusters.push({ ...item, x: x0 + room / 2, width: room, titled: true });
      } else clusters.push(item);
      continue;
    }
    marks.push({
      index: item.first,
      x: item.bare,
      lane: -1,
      labelWidth: 0,
      flipped: false,
      lines: 1,
      cut: false,
    });
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
