import { lowerBound } from './bounds.js';

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
