/** First position in sorted `values` whose value is >= `x`. */
export function lowerBound(
  values: ArrayLike<number>,
  x: number,
  lo = 0,
  hi = values.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position in sorted `values` whose value is > `x`. */
export function upperBound(
  values: ArrayLike<number>,
  x: number,
  lo = 0,
  hi = values.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
