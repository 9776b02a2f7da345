import type { ReactiveElement } from 'lit';
import type { Dataset, TimelineEvent } from '../data/model.js';
import { firstEventFrom } from '../layout/event-index.js';
import { type FilteredEvents, filterEvents, searchTexts } from '../layout/filter.js';
import { type ViewRange, homeFor } from '../layout/view-range.js';
import type { FilterActions, FilterModel } from '../view/filters.js';

/** What the filters need from the element. */
export interface FilterContext {
  dataset(): Dataset | undefined;
  lang(): string;
  /** Moves the view (eased). */
  show(view: ViewRange): void;
  /** Says how many events a search matched (undefined: nothing to say). */
  announce(matches: number | undefined): void;
}

/**
 * The legend's category toggles and the search box: holds what the reader chose and the
 * events left, recomputed only when the choice, the dataset or the language changes (never
 * per frame).
 */
export class EventFilters {
  hidden: ReadonlySet<string> = new Set();
  query = '';
  private cache?: {
    dataset: Dataset;
    lang: string;
    hidden: ReadonlySet<string>;
    query: string;
    result: FilteredEvents;
  };
  private texts?: { dataset: Dataset; lang: string; text: (eventIndex: number) => string };

  constructor(
    private readonly host: ReactiveElement,
    private readonly context: FilterContext,
  ) {}

  /** The events the legend and the search leave; undefined when nothing is filtered. */
  get shown(): FilteredEvents | undefined {
    const dataset = this.context.dataset();
    return dataset && this.filtered(dataset, this.context.lang());
  }

  /** The events in time order that arrows step through: those shown. */
  get events(): readonly TimelineEvent[] {
    return this.shown?.events ?? this.context.dataset()?.events ?? [];
  }

  /** Where event `index` is among the events shown (the next one after it, if hidden). */
  positionOf(index: number): number {
    const shown = this.shown;
    return shown
      ? firstEventFrom(
          shown.events.map((e) => ({ start: e.index })),
          index,
        )
      : index;
  }

  get active(): boolean {
    return this.hidden.size > 0 || this.query.trim() !== '';
  }

  toggle(category: string): void {
    const hidden = new Set(this.hidden);
    if (!hidden.delete(category)) hidden.add(category);
    this.hidden = hidden;
    this.host.requestUpdate();
  }

  /** Narrows to the events matching `query`, says how many, and shows where they are. */
  search(query: string): void {
    this.query = query;
    this.host.requestUpdate();
    const shown = this.shown;
    if (!query.trim() || !shown) {
      this.context.announce(undefined);
      return;
    }
    this.context.announce(shown.matches);
    if (shown.matches) this.context.show(homeFor(shown.index.first, shown.index.last, {}));
  }

  /** The legend's and the search box's handlers, one function each for good. */
  readonly actions: FilterActions = {
    legendClick: (event) => {
      const entry = (event.target as Element).closest<HTMLElement>('[data-category]');
      if (entry) this.toggle(entry.dataset.category!);
    },
    searchInput: (event) => this.search((event.target as HTMLInputElement).value),
    searchKeydown: (event) => {
      if (event.key !== 'Escape' || !(event.target as HTMLInputElement).value) return;
      event.stopPropagation();
      this.search('');
    },
  };

  /** What the legend (fitted to its room as `legend`) and the search box show for `dataset`. */
  model(dataset: Dataset, legend: FilterModel['legend']): FilterModel {
    return {
      categories: dataset.categories,
      hidden: this.hidden,
      query: this.query,
      matches: this.query.trim() ? (this.shown?.matches ?? 0) : undefined,
      legend,
    };
  }

  /** A new dataset starts unfiltered. */
  reset(): void {
    this.hidden = new Set();
    this.query = '';
    this.cache = undefined;
  }

  /** The events left, or undefined when every event is shown. */
  filtered(dataset: Dataset, lang: string): FilteredEvents | undefined {
    if (!this.active) return undefined;
    // Read several times a frame: compared by identity (toggling makes a new set), no work.
    const c = this.cache;
    if (
      c?.dataset === dataset &&
      c.lang === lang &&
      c.hidden === this.hidden &&
      c.query === this.query
    ) {
      return c.result;
    }
    if (this.texts?.dataset !== dataset || this.texts.lang !== lang) {
      this.texts = { dataset, lang, text: searchTexts(dataset.events, lang) };
    }
    const result = filterEvents(dataset.events, this, this.texts.text);
    this.cache = { dataset, lang, hidden: this.hidden, query: this.query, result };
    return result;
  }
}
