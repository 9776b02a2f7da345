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
  /** In a short widget, whose row folds into a header button: whether the reader opened it. */
  open = false;
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

  /**
   * Whether the search and legend row shows in a widget that folds it: once opened, and
   * whenever it narrows the events (a reader then sees why some are missing).
   */
  get rowOpen(): boolean {
    return this.open || this.active;
  }

  /** Opens or closes the folded row; opened, the search box takes the focus. */
  private toggleRow(): void {
    // A row that narrows the events stays open: the button then leads to its search box.
    this.open = this.active || !this.open;
    if (this.rowOpen) this.focusAfterUpdate('[part~="search-input"]');
    this.host.requestUpdate();
  }

  /** Whether the styles fold the row now (a short, narrow widget; timeline.styles.ts). */
  private folds(): boolean {
    const toggle = this.host.renderRoot.querySelector('[part~="control-filters"]');
    return !!toggle?.getClientRects().length;
  }

  private focusAfterUpdate(selector: string): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
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
      if (event.key !== 'Escape') return;
      if ((event.target as HTMLInputElement).value) {
        event.stopPropagation();
        this.search('');
      } else if (this.open && !this.active && this.folds()) {
        // An empty search box in a folded row: Escape folds it again, back to its button.
        event.stopPropagation();
        this.open = false;
        this.focusAfterUpdate('[part~="control-filters"]');
        this.host.requestUpdate();
      }
    },
    toggleFilters: () => this.toggleRow(),
    // Focus in the row (reached in the list, or before the widget grew short) opens it: a
    // row a reader is using never folds away under the focus.
    rowFocus: () => {
      if (this.open) return;
      this.open = true;
      this.host.requestUpdate();
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
    this.open = false;
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
