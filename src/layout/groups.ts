import type { Category, Dataset } from '../data/model.js';

/** One lane per category for `group-by="category"`, lane 0 nearest the axis. */
export interface GroupLanes {
  /** Lane of each event, by event index. */
  readonly laneOf: Int16Array;
  /** What each lane holds, by lane: a category, or undefined for events without one. */
  readonly groups: readonly (Category | undefined)[];
}

/**
 * Gives each category a lane, in the dataset's order, and events without a category the
 * lane after them. Made once per dataset: the layout then reads one number per event.
 */
export function groupLanes(dataset: Dataset): GroupLanes {
  const laneById = new Map(dataset.categories.map((c, i) => [c.id, i]));
  const other = dataset.categories.length;
  const laneOf = new Int16Array(dataset.events.length);
  let uncategorised = false;
  for (const e of dataset.events) {
    const lane = e.category ? laneById.get(e.category.id) : undefined;
    if (lane === undefined) uncategorised = true;
    laneOf[e.index] = lane ?? other;
  }
  return {
    laneOf,
    groups: uncategorised ? [...dataset.categories, undefined] : dataset.categories,
  };
}

/**
 * How many of `lanes` lanes each of `groups` groups gets on a screen with lanes to spare (an
 * upright kiosk): an even share, at least one.
 */
export function lanesPerGroup(lanes: number, groups: number): number {
  return Math.max(1, Math.floor(lanes / Math.max(1, groups)));
}
