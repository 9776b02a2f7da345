import type { TimelineEvent } from '../data/model.js';

/** A list longer than this would cost more to draw than a reader can scan; zoom narrows it. */
export const LIST_LIMIT = 500;

/**
 * Which events the list holds: all of them, or (on paper, or for a dataset too long to list)
 * those in the view, at most LIST_LIMIT.
 */
export function listedEvents(
  events: readonly TimelineEvent[],
  view: { start: number; end: number } | undefined,
  onlyInView: boolean,
): { events: readonly TimelineEvent[]; total: number } {
  const inView =
    (onlyInView || events.length > LIST_LIMIT) && view
      ? events.filter((e) => (e.end ?? e.start) >= view.start && e.start <= view.end)
      : events;
  return { events: inView.slice(0, LIST_LIMIT), total: inView.length };
}
