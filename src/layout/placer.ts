import type { LaidOutMark, LayoutInput, LayoutMetrics } from './layout-types.js';

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

/**
 * The `place` of one layout pass: it keeps how far each lane is taken, and the room reserved
 * ahead for the events placed first, across the calls.
 *
 * Longer than 60 lines as one idea: the tries for one label (whole right or left, on one line
 * or two, then cut short, then forced for a pinned event) are a ladder that shares the label's
 * measures and lane state, measured lazily; split apart, each step would take all of them.
 */
export function placer(
  input: LayoutInput,
  lanes: number,
  marks: LaidOutMark[],
  /** Given, this is the first pass of two: it cuts no label but a pinned one's, and adds what it places. */
  placed?: Set<number>,
) {
  const { view, width, metrics } = input;
  const laneEnd = new Float64Array(lanes).fill(-Infinity);
  const reserved: { lane: number; x0: number; x1: number }[] = [];
  // What the first pass placed: the second sees the room left between them.
  const taken: { lane: number; x0: number; x1: number }[] = [];
  // Labels on three lines reach into the lanes beside theirs: two such must not meet there.
  const tall: { lane: number; x0: number; x1: number }[] = [];
  // Called for every lane of every event a frame looks at, first in code not yet optimised:
  // plain loops, no iterator and no array made for a lane without bars.
  const fits = (lane: number, x0: number, x1: number): boolean => {
    if (laneEnd[lane]! > x0) return false;
    for (let k = 0; k < reserved.length; k++) {
      const b = reserved[k]!;
      if (b.lane === lane && b.x0 < x1 && b.x1 > x0) return false;
    }
    // A lane beside the range bars: a mark's dot and label keep clear of them.
    const bars = input.bars?.[lane];
    if (bars) {
      for (let k = 0; k < bars.length; k += 2) if (bars[k]! < x1 && bars[k + 1]! > x0) return false;
    }
    return true;
  };
  // The lanes beside the range bars first: what fits there, left of the bars, leaves the lanes
  // below free for the events under the bars, which can use no other. Then the lane taken
  // furthest already (best fit, as the schedule with the most intervals is made): the emptier
  // lanes keep their room for the events still to come. Of free lanes, the lowest.
  // Sorted in place by each byFit(), by insertion: the order changes little from one event to
  // the next, and a zoom frame sorts for every event it tries (Array.sort with a comparing
  // function took a fifth of the layout's time). Lanes tie on nothing, so the order is the same.
  const lanesByFit = [...Array(lanes).keys()];
  const away = lanesByFit.map((lane) => Number(!input.beside?.[lane]?.length));
  const before = (a: number, b: number) =>
    away[a]! - away[b]! || laneEnd[b]! - laneEnd[a]! || a - b;
  const byFit = () => {
    for (let i = 1; i < lanes; i++) {
      const lane = lanesByFit[i]!;
      let j = i;
      for (; j > 0 && before(lane, lanesByFit[j - 1]!) < 0; j--) lanesByFit[j] = lanesByFit[j - 1]!;
      lanesByFit[j] = lane;
    }
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
  const place = (
    eventIndex: number,
    t: number,
    force: boolean,
    next: number,
    ahead = force,
    keptOnly = false,
  ) => {
    const x = view.x(t, width);
    // Grouped: one of the event's own lanes or nothing (a pinned event takes the first anyway).
    const own = input.laneOf ? Math.min(lanes - 1, (input.laneOf[eventIndex] ?? 0) * span) : 0;
    const end = input.laneOf ? Math.min(lanes, own + span) : lanes;
    if (!force) {
      // Where no lane has room even for the dot (every mark's box holds it), nothing is
      // measured: in a crowded view, most events a frame looks at are such; so are those under
      // the range bars, for the lanes beside them.
      let open = false;
      for (let lane = own; lane < end && !open; lane++) open = fits(lane, x - r, x + r);
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
    const commit = (
      lane: number,
      labelWidth: number,
      flipped: boolean,
      cut: boolean,
      across = false,
    ) => {
      const [x0, x1] = markBox({ x, labelWidth, flipped }, metrics);
      for (let l = lane; l <= lane + Number(across); l++) {
        if (ahead) reserved.push({ lane: l, x0, x1: x1 + gap });
        else laneEnd[l] = x1 + gap;
        // Kept only for a second pass: a one-pass layout (every zoom frame of a large view)
        // allocates nothing for it.
        if (placed) taken.push({ lane: l, x0, x1: x1 + gap });
      }
      placed?.add(eventIndex);
      const lines = cut
        ? input.wrappedWidth
          ? 2
          : 1
        : labelWidth < one
          ? labelWidth < two()
            ? 3
            : 2
          : 1;
      if (lines > 2 && !across) tall.push({ lane, x0, x1: x1 + gap });
      const mark: LaidOutMark = { index: eventIndex, x, lane, labelWidth, flipped, lines, cut };
      marks.push(across ? { ...mark, across } : mark);
      return true;
    };
    const room = view.x(next, width) - x - metrics.markWidth;
    // Across two lanes, a label needs the room in both.
    const free = (lane: number, x0: number, x1: number, across: boolean) =>
      fits(lane, x0, x1) && (!across || fits(lane + 1, x0, x1));
    const right = (lane: number, w: number, across = false) =>
      (x < 0 || (inView && w <= roomRight)) &&
      free(lane, x - r, x - r + metrics.markWidth + w + gap, across);
    const left = (lane: number, w: number, across = false) =>
      (x > width || (inView && w <= roomLeft)) &&
      free(lane, x + r - metrics.markWidth - w, x + r + gap, across);
    /**
     * Puts a label `w` wide in `lane`: right of the dot when that leaves the next dot clear,
     * else preferably left of it, in room the labels before it left free.
     */
    const tryIn = (lane: number, w: number, across = false): boolean => {
      if (w > metrics.maxLabelWidth) return false;
      if (w <= room && right(lane, w, across)) return commit(lane, w, false, false, across);
      if (left(lane, w, across)) return commit(lane, w, true, false, across);
      return w > room && right(lane, w, across) && commit(lane, w, false, false, across);
    };
    const [first, second] = one > room ? [two(), one] : [one, -1];
    // One line first: two are measured only for a lane one line does not fit.
    const inLane = (lane: number) => {
      if (tryIn(lane, first)) return true;
      const other = second < 0 ? two() : second;
      return other !== first && tryIn(lane, other);
    };
    // Its lane in the layout drawn before, where it still fits (LayoutInput.before).
    const kept = input.before?.lane(eventIndex) ?? -1;
    if (kept >= own && kept < end && inLane(kept)) return true;
    if (keptOnly) return false;
    byFit();
    for (let k = 0; k < lanes; k++) {
      const lane = lanesByFit[k]!;
      if (lane >= own && lane < end && inLane(lane)) return true;
    }
    // Three lines, where the lanes are far enough apart, before the label is cut; not in the
    // lowest lane or the highest, whose labels would reach the cluster row or the ranges, nor
    // in a group's lane, whose labels would reach the next group's.
    const three = input.threeWidth?.(eventIndex) ?? Infinity;
    const reach = metrics.markWidth + three + gap;
    for (let lane = 1; lane < lanes - 1 && !input.laneOf && three < two(); lane++) {
      const near = tall.some(
        (b) => (b.lane - lane) ** 2 === 1 && b.x0 < x + reach && b.x1 > x - reach,
      );
      if (!near && tryIn(lane, three)) return true;
    }
    // Where the lanes are too close for that, three lines across a lane and the one above.
    const across = input.acrossWidth?.(eventIndex) ?? Infinity;
    for (let lane = 0; lane < lanes - 1 && !input.laneOf && across < two(); lane++) {
      if (tryIn(lane, across, true)) return true;
    }
    // The last resort: the label cut short, where its lane leaves the most room; its lane in
    // the layout before, unless another leaves a quarter more.
    if (inView && (!placed || force)) {
      const wanted = Math.min(two(), metrics.maxLabelWidth);
      let [best, bestW, bestFlipped, bestWorth] = [-1, 0, false, 0];
      const consider = (lane: number, w: number, flipped: boolean, x0: number, x1: number) => {
        const worth = lane === kept ? 1.25 * w : w;
        if (w >= metrics.minLabelWidth && worth > bestWorth && fits(lane, x0, x1))
          [best, bestW, bestFlipped, bestWorth] = [lane, w, flipped, worth];
      };
      for (const lane of lanesByFit) {
        if (lane < own || lane >= end) continue;
        // Its room: from the end of the label before it in the lane to the start of the next.
        let from = laneEnd[lane]!;
        let to = Infinity;
        for (const b of reserved) {
          if (b.lane !== lane) continue;
          if (b.x0 < x) from = Math.max(from, b.x1);
          else to = Math.min(to, b.x0);
        }
        // The range bars beside the lane bound it too: the room left of an era's bar holds
        // an earlier event's label (at 320 px, the 2002 directorate general's), cut to fit.
        const bars = input.bars?.[lane];
        for (let k = 0; bars && k < bars.length; k += 2) {
          if (bars[k]! >= x) to = Math.min(to, bars[k]!);
          else if (bars[k + 1]! <= x) from = Math.max(from, bars[k + 1]!);
        }
        const right = Math.floor(
          Math.min(wanted, roomRight, to - gap - (x - r) - metrics.markWidth),
        );
        consider(lane, right, false, x - r, x - r + metrics.markWidth + right + gap);
        const left = Math.floor(Math.min(wanted, roomLeft, x + r - metrics.markWidth - from));
        consider(lane, left, true, x + r - metrics.markWidth - left, x + r + gap);
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
      while (lane < lanes - 1 && !fits(lane, x0, x1)) lane++;
    }
    return commit(lane, w, flipped, w < two());
  };
  return [
    place,
    /** The second pass: the lanes' room is what the first left between its labels. */
    () => {
      placed = undefined;
      reserved.push(...taken);
      laneEnd.fill(-Infinity);
    },
  ] as const;
}
