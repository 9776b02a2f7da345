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
  return { dataset, index, home, rangeLanes: index.ranges.length ? rangeLanes : 0 };
}
