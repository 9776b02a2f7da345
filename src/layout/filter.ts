import type { TimelineEvent } from '../data/model.js';
import { pickText } from '../i18n/format.js';
import { type EventIndex, indexEvents } from './event-index.js';

/** What the reader has narrowed the events to: categories hidden and a search text. */
export interface EventFilter {
  /** Ids of hidden categories; events without a category are never hidden by it. */
  readonly hidden: ReadonlySet<string>;
  /** Search text, as typed; empty for none. */
  readonly query: string;
}

/** The events left after a filter, in time order, with their own index for the layout. */
export interface FilteredEvents {
  readonly events: readonly TimelineEvent[];
  readonly index: EventIndex;
  /** How many events the search matched (0 without a search). */
  readonly matches: number;
}

/** Lower case without accents, so "kemlu" finds "Kemlu" and "e" finds "é". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Filters once, when the filter changes, into a new index that keeps the events' own
 * numbers: a zoom frame then lays out from it like from the full index, and never filters.
 * `text(i)` is the searchable text of event i in the reader's language (already a searchKey).
 */
export function filterEvents(
  events: readonly TimelineEvent[],
  filter: EventFilter,
  text: (eventIndex: number) => string,
): FilteredEvents {
  const words = searchKey(filter.query).split(/\s+/).filter(Boolean);
  const kept = events.filter(
    (e) =>
      !(e.category && filter.hidden.has(e.category.id)) &&
      words.every((word) => text(e.index).includes(word)),
  );
  return { events: kept, index: indexEvents(kept), matches: words.length ? kept.length : 0 };
}

/**
 * The searchable text of each event (title and description in `lang`, as search keys),
 * made on first use and kept: typing a search then costs one `includes` per event.
 */
export function searchTexts(
  events: readonly TimelineEvent[],
  lang: string,
): (eventIndex: number) => string {
  const keys: string[] = [];
  return (i) => {
    const e = events[i]!;
    return (keys[i] ??= searchKey(
      `${pickText(e.title, lang).text}\n${pickText(e.description, lang).text}`,
    ));
  };
}
