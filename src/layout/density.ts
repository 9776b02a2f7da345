import { type EventIndex, lowerBound } from './event-index.js';
import type { ViewRange } from './view-range.js';

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
