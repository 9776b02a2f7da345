import type { Precision } from '../data/dates.js';
import type { TimelineEvent } from '../data/model.js';
import { ViewRange } from './view-range.js';

const DAY = 24 * 3600 * 1000;
/** How long a date at each precision stands for: "2002" is a whole year. */
const PRECISION_MS: Readonly<Record<Precision, number>> = {
  decade: 3653 * DAY,
  year: 365 * DAY,
  month: 30 * DAY,
  day: DAY,
};

/**
 * The view for showing one event as a slide: the event in the middle, its nearest neighbours
 * at other dates near the edges so the audience sees where it stands, never narrower than
 * the event's own date ("c. 2000s" spans a decade) or a hundredth of the whole (`home`), nor
 * wider than the whole.
 */
export function slideView(
  events: readonly TimelineEvent[],
  index: number,
  home: ViewRange,
): ViewRange {
  const event = events[index];
  if (!event) return home;
  const from = event.start;
  const to = Math.max(event.end ?? from, from + (PRECISION_MS[event.startPrecision] ?? DAY));
  const centre = (from + to) / 2;
  let before = index - 1;
  while (before >= 0 && events[before]!.start >= from) before--;
  let after = index + 1;
  while (after < events.length && events[after]!.start <= from) after++;
  // Half the span reaches the nearer neighbour at another date, with a margin.
  const reach = Math.min(
    before >= 0 ? Math.abs(centre - events[before]!.start) : Infinity,
    after < events.length ? Math.abs(events[after]!.start - centre) : Infinity,
  );
  const half = Math.min(
    home.span / 2,
    Math.max((to - from) * 0.75, Number.isFinite(reach) ? reach * 1.2 : 0, home.span / 100),
  );
  return new ViewRange(centre - half, centre + half);
}
