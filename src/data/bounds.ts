/** Numbers in ascending order, in an array or a typed array. */
type Sorted = ArrayLike<number>;

/** First position in sorted `values` whose value is >= `x`. */
export function lowerBound(values: Sorted, x: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * First position in sorted `values` whose value is > `x`: lowerBound, then past the values
 * equal to `x` one at a time, linear in how many share `x` (its one user, pointsBetween,
 * reads them anyway). A second search loop was lowerBound written again; a flag in
 * lowerBound made the module 37 B larger, where upperBound is not even bundled.
 */
export function upperBound(values: Sorted, x: number, lo = 0, hi = values.length): number {
  lo = lowerBound(values, x, lo, hi);
  while (lo < hi && values[lo] === x) lo++;
  return lo;
}
