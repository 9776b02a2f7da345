import { lowerBound } from './bounds.js';

/**
 * The positions of `days` (dayOf's numbers) in ascending order, equal days keeping their
 * order (a stable sort), or undefined when they are in order already, as most datasets are.
 *
 * Each day is a small integer (below 2^23): with its position in the low digits, day × count +
 * position is exact in a double, all the keys differ, and sorting them is a native sort of
 * plain numbers, with no comparator to call some 130,000 times for 10,000 events in code not
 * yet optimised during a first render.
 */
export function dayOrder(days: Int32Array): Int32Array | undefined {
  const count = days.length;
  let inOrder = true;
  for (let i = 1; i < count && inOrder; i++) inOrder = days[i - 1]! <= days[i]!;
  if (inOrder) return undefined;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = days[i]! * count + i;
  keys.sort();
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = keys[i]! % count;
  return order;
}

/**
 * The positions of `starts` in ascending order, equal values keeping their order (a stable
 * sort), or undefined when they are in order already. For the rare local clock under which
 * the calendar's order of days is not the order of their times (a day skipped or repeated).
 *
 * Each value finds its place among the natively sorted ones by binary search, and equal values
 * fill their run of places in the order they come.
 */
export function timeOrder(starts: Float64Array): Int32Array | undefined {
  const count = starts.length;
  let inOrder = true;
  for (let i = 1; i < count && inOrder; i++) inOrder = starts[i - 1]! <= starts[i]!;
  if (inOrder) return undefined;
  const sorted = starts.slice().sort();
  /** At the first place of each run of equal values: how many of the run are placed. */
  const placed = new Int32Array(count);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const value = starts[i]!;
    const lo = lowerBound(sorted, value);
    order[lo + placed[lo]!++] = i;
  }
  return order;
}
