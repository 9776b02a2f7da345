import { type EventIndex, lowerBound, rangesBetween } from './event-index.js';
import { type Tick, layoutTicks } from './ticks.js';
import { ViewRange } from './view-range.js';

/** Sizes, in CSS pixels, that the layout must respect; the view's styles use the same ones. */
export interface LayoutMetrics {
  /** Radius of a mark's dot. */
  readonly dotRadius: number;
  /** From the dot's outer edge to where its label starts, plus the label's far edge. */
  readonly markWidth: number;
  /** Free space kept after each label before the next one in the lane. */
  readonly labelGap: number;
  /** Widest a label may be, on one line or two; a longer title wraps, then is ellipsised. */
  readonly maxLabelWidth: number;
  /**
   * Narrowest a label is cut to (with an ellipsis, the last resort) where neither one line
   * nor two find room; with less room, the event joins a cluster.
   */
  readonly minLabelWidth: number;
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
   * Whether a column with more events than lanes still labels as many as find room, the rest
   * joining its badge (so no cluster forms while the height holds lanes); else it is one badge.
   */
  readonly labelDense?: boolean;
  /** Whether a range's label may wrap onto two lines where one has no room (a tall bar). */
  readonly wrapRanges?: boolean;
}

export interface LayoutInput {
  readonly index: EventIndex;
  readonly view: ViewRange;
  readonly width: number;
  /** How many label lanes for points fit the height. */
  readonly lanes: number;
  /** Width of an event's label on one line (see labelWidthCache). */
  readonly labelWidth: (eventIndex: number) => number;
  /** Width of an event's label on two balanced lines; without it, labels keep to one line. */
  readonly wrappedWidth?: (eventIndex: number) => number;
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
  /** How many lanes the rows keep for ranges; metrics.rangeLanes unless set. */
  readonly rangeLanes?: number;
}

/**
 * A point event drawn as a mark: `x` is the dot's centre. Its label sits in `lane`, to the
 * right of the dot or, `flipped`, to its left, on one line or two (`lines`), `cut` short with
 * an ellipsis only where neither found room. Lane -1 is a bare dot on the cluster row, for an
 * event that found no lane but is alone in its column.
 */
export interface LaidOutMark {
  readonly index: number;
  readonly x: number;
  readonly lane: number;
  readonly labelWidth: number;
  readonly flipped: boolean;
  readonly lines: 1 | 2;
  readonly cut: boolean;
}

/**
 * A range (era) drawn as a bar from x0 to x1, clipped to the drawing, its label starting at the
 * bar (`cut` short where neither the bar nor the drawing holds it).
 */
export interface LaidOutRange {
  readonly index: number;
  readonly x0: number;
  readonly x1: number;
  readonly lane: number;
  readonly labelWidth: number;
  readonly lines: 1 | 2;
  readonly cut: boolean;
}

/**
 * Events too close together to label at this zoom, drawn as one badge with a count or, where
 * the row leaves it room (`titled`), with its first event's title and how many more.
 */
export interface LaidOutCluster {
  /** Centre of the badge. */
  readonly x: number;
  readonly width: number;
  readonly count: number;
  readonly titled?: boolean;
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
  let points = bestPoints(input);
  // Where a few events are left unlabelled or cut, two other orders may label more: the events
  // at the right edge, whose labels can only run left, placed first; or all laid out from the
  // right (a crowded end of the drawing then takes its lanes first). The best of the three wins.
  if (labelled(points) < 3 * points.marks.length && !input.laneOf) {
    const [from, to] = pointWindow(input);
    const lo = lowerBound(index.pointTimes, from);
    const hi = lowerBound(index.pointTimes, to);
    const edge: number[] = [];
    for (let p = lo; p < hi && hi - lo < 500; p++) {
      const i = index.points[p]!;
      const x = view.x(index.pointTimes[p]!, width);
      const w = (input.wrappedWidth ?? input.labelWidth)(i);
      if (x <= width && x + metrics.markWidth + w > width + metrics.dotRadius) edge.push(i);
    }
    if (hi - lo < 500) {
      for (const other of [layoutPoints(input, true, edge), fromTheRight(input, lo, hi)]) {
        if (labelled(other) > labelled(points)) points = other;
      }
    }
  }
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

/** Points laid out; again with the pinned events' room reserved first when one found none. */
function bestPoints(input: LayoutInput): Points {
  const points = layoutPoints(input, false);
  // A bare dot on the cluster row (lane -1) has no label: a pinned event there is not placed.
  const placed = new Set(points.marks.filter((mark) => mark.lane >= 0).map((mark) => mark.index));
  return pinnedInWindow(input).some((i) => !placed.has(i)) ? layoutPoints(input, true) : points;
}

/** Marks drawn with a whole label count for more than cut ones; clusters count against. */
function labelled(points: Points): number {
  let n = 0;
  for (const mark of points.marks) if (mark.lane >= 0) n += mark.cut ? 2 : 3;
  for (const cluster of points.clusters) n -= cluster.count;
  return n;
}

/**
 * The points at positions [lo, hi) laid out from the right: seen in a mirror, where time runs
 * backwards and event i is ~i (so the index stays sorted both by time and by event index),
 * then turned back.
 */
function fromTheRight(input: LayoutInput, lo: number, hi: number): Points {
  const { index, width, labelWidth: one, wrappedWidth: two } = input;
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
      labelWidth: (i) => one(~i),
      wrappedWidth: two && ((i) => two(~i)),
      pinned: input.pinned.map((i) => ~i),
    },
    true,
  );
  return {
    marks: back.marks.map((m) => ({ ...m, index: ~m.index, x: width - m.x, flipped: !m.flipped })),
    clusters: back.clusters.reverse().map((c) => ({
      ...c,
      x: width - c.x,
      start: -c.end,
      end: -c.start,
      first: index.points[lowerBound(index.pointTimes, -c.end)]!,
    })),
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
  mark: Pick<LaidOutMark, 'x' | 'labelWidth' | 'flipped'>,
  metrics: LayoutMetrics,
): [number, number] {
  const r = metrics.dotRadius;
  const w = metrics.markWidth + mark.labelWidth;
  return mark.flipped ? [mark.x + r - w, mark.x + r] : [mark.x - r, mark.x - r + w];
}

type Points = ReturnType<typeof layoutPoints>;

function layoutPoints(
  input: LayoutInput,
  reservePinned: boolean,
  /** Events placed before the others, where they find room (pinned ones are placed anyway). */
  early: readonly number[] = [],
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
  const r = metrics.dotRadius;
  const gap = metrics.labelGap;
  const span = input.laneSpan ?? 1;
  /**
   * Places a mark in the lowest lane with room for its label, whole on one line or on two,
   * right of the dot or left of it; else, as the last resort, cut short where it has most room
   * (at least minLabelWidth). In view, a label stays inside the drawing. Where one line would
   * run over the next event's dot, two lines come first: a crowded stretch then fits about
   * twice the labels in its lanes, and a quiet one reads on one line.
   */
  const place = (eventIndex: number, t: number, force: boolean, next: number, ahead = force) => {
    const x = view.x(t, width);
    // Grouped: one of the event's own lanes or nothing (a pinned event takes the first anyway).
    const own = input.laneOf ? Math.min(lanes - 1, (input.laneOf[eventIndex] ?? 0) * span) : 0;
    const end = input.laneOf ? Math.min(lanes, own + span) : lanes;
    if (!force) {
      // Where no lane has even the narrowest label's room, nothing is measured: in a crowded
      // view, most events a frame looks at are such.
      let open = false;
      for (let lane = own; lane < end && !open; lane++) {
        open = laneEnd[lane]! <= Math.max(x - r, x + r - metrics.markWidth - metrics.minLabelWidth);
      }
      if (!open) return false;
    }
    const one = input.labelWidth(eventIndex);
    let twoWidth = -1;
    // Measured on two lines only when one line is not enough.
    const two = () =>
      twoWidth < 0
        ? (twoWidth = input.wrappedWidth ? input.wrappedWidth(eventIndex) : one)
        : twoWidth;
    const roomRight = width - (x - r) - metrics.markWidth;
    const roomLeft = x + r - metrics.markWidth;
    const inView = x >= 0 && x <= width;
    const commit = (lane: number, labelWidth: number, flipped: boolean, cut: boolean) => {
      const [x0, x1] = markBox({ x, labelWidth, flipped }, metrics);
      if (ahead) reserved.push({ lane, x0, x1: x1 + gap });
      else laneEnd[lane] = x1 + gap;
      const lines = cut ? (input.wrappedWidth ? 2 : 1) : labelWidth < one ? 2 : 1;
      marks.push({ index: eventIndex, x, lane, labelWidth, flipped, lines, cut });
      return true;
    };
    const room = view.x(next, width) - x - metrics.markWidth;
    const right = (lane: number, w: number) =>
      (x < 0 || (inView && w <= roomRight)) &&
      fits(lane, x - r, x - r + metrics.markWidth + w + gap);
    const left = (lane: number, w: number) =>
      (x > width || (inView && w <= roomLeft)) &&
      fits(lane, x + r - metrics.markWidth - w, x + r + gap);
    /**
     * Puts a label `w` wide in `lane`: right of the dot when that leaves the next dot clear,
     * else preferably left of it, in room the labels before it left free.
     */
    const tryIn = (lane: number, w: number): boolean => {
      if (w > metrics.maxLabelWidth) return false;
      if (w <= room && right(lane, w)) return commit(lane, w, false, false);
      if (left(lane, w)) return commit(lane, w, true, false);
      return w > room && right(lane, w) && commit(lane, w, false, false);
    };
    const [first, second] = one > room ? [two(), one] : [one, -1];
    for (let lane = own; lane < end; lane++) {
      if (tryIn(lane, first)) return true;
      // One line first: two are measured only for a lane one line does not fit.
      const other = second < 0 ? two() : second;
      if (other !== first && tryIn(lane, other)) return true;
    }
    // The last resort: the label cut short, where its lane leaves the most room.
    if (inView) {
      const wanted = Math.min(two(), metrics.maxLabelWidth);
      let best = -1;
      let bestW = metrics.minLabelWidth - 1;
      let bestFlipped = false;
      for (let lane = own; lane < end; lane++) {
        const right = Math.floor(Math.min(wanted, roomRight));
        if (right > bestW && fits(lane, x - r, x - r + metrics.markWidth + right + gap)) {
          [best, bestW, bestFlipped] = [lane, right, false];
        }
        const left = Math.floor(
          Math.min(wanted, roomLeft, x + r - metrics.markWidth - laneEnd[lane]!),
        );
        if (left > bestW && fits(lane, x + r - metrics.markWidth - left, x + r + gap)) {
          [best, bestW, bestFlipped] = [lane, left, true];
        }
      }
      if (best >= 0) return commit(best, bestW, bestFlipped, true);
    }
    if (!force) return false;
    // A pinned event is drawn whatever: in its lane, or the first free of other pinned ones.
    let lane = own;
    const w = Math.max(
      0,
      Math.floor(Math.min(two(), metrics.maxLabelWidth, Math.max(roomRight, roomLeft))),
    );
    const flipped = w > roomRight && roomLeft > roomRight;
    const [x0, x1] = markBox({ x, labelWidth: w, flipped }, metrics);
    if (!input.laneOf) {
      while (lane < lanes - 1 && reserved.some((b) => b.lane === lane && b.x0 < x1 && b.x1 > x0))
        lane++;
    }
    return commit(lane, w, flipped, w < two());
  };

  const forced = reservePinned ? pinnedInWindow(input) : [];
  const pinned = new Set<number>();
  for (const eventIndex of [...new Set([...forced, ...early])].sort((a, b) => a - b)) {
    const p = positionOfPoint(index, eventIndex);
    const force = forced.includes(eventIndex);
    if (place(eventIndex, index.pointTimes[p]!, force, index.pointTimes[p + 1] ?? Infinity, true))
      pinned.add(eventIndex);
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
      if ((!dense || tries-- > 0) && place(eventIndex, times[j]!, false, times[j + 1] ?? Infinity))
        continue;
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
  for (const [i, item] of settled.entries()) {
    if (item.bare === undefined) {
      // Where the row leaves room up to the next badge or dot, the badge names its first event.
      const x0 = item.x - item.width / 2;
      const next = settled[i + 1];
      const room = Math.min(metrics.maxLabelWidth, (next ? left(next) - gap : width) - x0);
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
  const laidOut: (LaidOutRange & { labelWidth: number; cut: boolean })[] = [];
  const lanes = input.rangeLanes ?? metrics.rangeLanes;
  const laneEnd = new Array<number>(lanes).fill(-Infinity);
  // The last range laid out in each lane, and its whole label's width.
  const last: (typeof laidOut)[number][] = [];
  const lastWhole: number[] = [];
  let hidden = 0;
  for (const r of rangesBetween(index, view.start, view.end)) {
    const eventIndex = index.ranges[r]!;
    const x0 = Math.max(0, view.x(index.rangeStarts[r]!, width));
    const x1 = Math.min(
      width,
      Math.max(view.x(index.rangeEnds[r]!, width), x0 + metrics.minRangePx),
    );
    // The label runs along the bar and past its end, as far as the drawing allows.
    // (The bar's border and padding, 12 pixels, come before the label.)
    const room = Math.min(metrics.maxLabelWidth, width - x0 - 12);
    const one = input.labelWidth(eventIndex);
    const whole =
      one > room && metrics.wrapRanges && input.wrappedWidth ? input.wrappedWidth(eventIndex) : one;
    const labelWidth = Math.max(0, Math.min(whole, room));
    let lane = laneEnd.findIndex((end) => end <= x0);
    // Where every lane is taken up to here by a label past its bar, the label in a lane whose
    // bar has ended is cut short, rather than this range being hidden.
    if (lane < 0) {
      lane = last.findIndex((range) => range.x1 <= x0);
      const before = last[lane];
      if (!before) {
        hidden++;
        continue;
      }
      const whole = lastWhole[lane]!;
      before.labelWidth = Math.max(0, x0 - metrics.labelGap - before.x0 - 12);
      before.cut = before.labelWidth < whole && before.x1 - before.x0 < whole;
    }
    laneEnd[lane] = Math.max(x1, x0 + labelWidth) + metrics.labelGap;
    const cut = labelWidth < whole && x1 - x0 < whole;
    lastWhole[lane] = whole;
    const lines = whole < one ? 2 : 1;
    laidOut.push((last[lane] = { index: eventIndex, x0, x1, lane, labelWidth, lines, cut }));
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
