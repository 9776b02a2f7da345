import { lowerBound } from './bounds.js';

/**
 * The positions of `starts` in ascending order, equal values keeping their order (a stable
 * sort), or undefined when they are in order already, as most datasets are.
 *
 * Sorting positions with a comparator calls it some 130,000 times for 10,000 events, in code
 * not yet optimised during a first render; sorting the numbers themselves is native. Each
 * value then finds its place among the sorted ones by binary search, and equal values fill
 * their run of places in the order they come.
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
