import { lowerBound, positionOfPoint } from './event-index.js';
import { layoutColumns } from './clusters.js';
import type { LaidOutCluster, LaidOutMark, LayoutInput } from './layout-types.js';
import { placer } from './placer.js';

/** The window the points are looked for in: the view, widened by a label each side. */
export function pointWindow(input: LayoutInput): [number, number] {
  const reach = input.metrics.markWidth + input.metrics.maxLabelWidth;
  return [input.view.time(-reach, input.width), input.view.time(input.width + reach, input.width)];
}

/** The positions in the window of the events labelled in the layout drawn before. */
function keptInWindow(input: LayoutInput, before: NonNullable<LayoutInput['before']>) {
  const [from, to] = pointWindow(input);
  const kept: number[] = [];
  const { points, pointTimes } = input.index;
  const hi = lowerBound(pointTimes, to);
  for (let p = lowerBound(pointTimes, from); p < hi; p++)
    if (before.lane(points[p]!) !== undefined) kept.push(p);
  return kept;
}

export function pinnedInWindow(input: LayoutInput): number[] {
  const [from, to] = pointWindow(input);
  return input.pinned.filter((eventIndex) => {
    // Not a point (position -1): its time reads undefined, in no window.
    const t = input.index.pointTimes[positionOfPoint(input.index, eventIndex)]!;
    return t >= from && t <= to;
  });
}

export interface Points {
  marks: LaidOutMark[];
  clusters: LaidOutCluster[];
}

/** Marks with labels in lanes, and the clusters of the events that found no room. */
export function layoutPoints(
  input: LayoutInput,
  reservePinned: boolean,
  /** Events placed before the others, where they find room (pinned ones are placed anyway). */
  early: readonly number[] = [],
): Points {
  const { index } = input;
  const lanes = Math.max(1, Math.floor(input.lanes));
  const marks: LaidOutMark[] = [];
  // The events placed already: the columns skip them.
  const pinned = new Set<number>();
  const [place, again] = placer(input, lanes, marks, input.wholeFirst ? pinned : undefined);
  const forced = reservePinned ? pinnedInWindow(input) : [];
  // Pinned ones first: they are drawn whatever, so an early one placed before them could be
  // drawn over (in a single lane, nothing else is left for a pinned mark). Then, in a view of
  // few events, the labels drawn before, each in its lane where it fits: one new to the view
  // finds room around them instead of taking theirs (LayoutInput.before).
  const order = [...forced].sort((a, b) => a - b);
  const kept = input.wholeFirst && input.before ? keptInWindow(input, input.before) : [];
  for (const eventIndex of new Set([...order, ...early.filter((i) => !forced.includes(i))])) {
    const p = positionOfPoint(index, eventIndex);
    const force = forced.includes(eventIndex);
    if (place(eventIndex, index.pointTimes[p]!, force, index.pointTimes[p + 1] ?? Infinity, true))
      pinned.add(eventIndex);
  }
  for (const p of kept) {
    const i = index.points[p]!;
    if (
      !pinned.has(i) &&
      place(i, index.pointTimes[p]!, false, index.pointTimes[p + 1] ?? Infinity, true, true)
    )
      pinned.add(i);
  }
  const clusters = layoutColumns(input, lanes, pointWindow(input), place, pinned, marks);
  // Where the first pass left no event out (no badge, no bare dot), there is nothing to cut.
  if (!input.wholeFirst || (!clusters.length && marks.every((mark) => mark.lane >= 0)))
    return { marks, clusters };
  // The second pass lays the cluster row out anew: the first one's bare dots, last, go.
  marks.length -= marks.filter((mark) => mark.lane < 0).length;
  again();
  return { marks, clusters: layoutColumns(input, lanes, pointWindow(input), place, pinned, marks) };
}
