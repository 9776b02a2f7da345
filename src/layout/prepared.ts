import type { Dataset } from '../data/model.js';
import { type EventIndex, indexEvents } from './event-index.js';
import { ViewRange, type WantedRange, homeFor } from './view-range.js';

/** What the element derives once per dataset, never per frame. */
export interface Prepared {
  readonly dataset: Dataset;
  readonly index: EventIndex;
  readonly home: ViewRange;
  readonly rangeLanes: number;
}

/** Indexes a loaded dataset and finds its home view, taking in the range the page asked for. */
export function prepareDataset(
  dataset: Dataset,
  wanted: WantedRange,
  rangeLanes: number,
): Prepared {
  const index = indexEvents(dataset.events);
  const home = homeFor(index.first, index.last, wanted);
  return { dataset, index, home, rangeLanes: Math.min(rangeLanes, deepestOverlap(index)) };
}

/**
 * How many ranges are ever under way at once: the lanes ranges need so that none is hidden
 * behind the others (a short era inside two long ones), and no lane is reserved in vain.
 */
function deepestOverlap({ rangeStarts, rangeEnds }: EventIndex): number {
  const ends = Float64Array.from(rangeEnds).sort();
  let deepest = 0;
  let ended = 0;
  // Range starts are in time order; count the ranges that ended before each one starts.
  for (let r = 0; r < rangeStarts.length; r++) {
    while (ends[ended]! < rangeStarts[r]!) ended++;
    deepest = Math.max(deepest, r + 1 - ended);
  }
  return deepest;
}
