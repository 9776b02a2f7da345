import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Category } from '../data/model.js';
import { pickText } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';

export interface FilterModel {
  readonly categories: readonly Category[];
  readonly hidden: ReadonlySet<string>;
  readonly query: string;
  /** Matches of the current search; undefined without one. */
  readonly matches?: number;
}

/**
 * The row's handlers. They are the same functions on every render (the zoom re-renders the
 * frame each animation frame), so Lit never has to swap a listener.
 */
export interface FilterActions {
  /** A click in the legend, on an entry carrying `data-category`. */
  readonly legendClick: (event: MouseEvent) => void;
  readonly searchInput: (event: InputEvent) => void;
  /** Escape empties a search box that holds text (and goes no further). */
  readonly searchKeydown: (event: KeyboardEvent) => void;
}

/**
 * The search box and the legend. Each legend entry is a toggle button (pressed = shown), so
 * the legend is also the category filter, for pointer, keyboard and screen reader alike.
 */
export function renderFilters(m: Messages, model: FilterModel, actions: FilterActions) {
  return html`<div class="search" part="search">
      <input
        type="search"
        part="search-input"
        aria-label=${m.search}
        placeholder=${m.search}
        aria-describedby="match-count"
        .value=${model.query}
        @input=${actions.searchInput}
        @keydown=${actions.searchKeydown}
      />
      <span id="match-count" class="match-count"
        >${model.matches === undefined ? '' : m.matches(model.matches)}</span
      >
    </div>
    ${
      model.categories.length
        ? html`<div
            class="legend"
            part="legend"
            role="group"
            aria-label=${m.legend}
            @click=${actions.legendClick}
          >
            ${model.categories.map((c) => {
              const label = pickText(c.label, m.lang);
              const shown = !model.hidden.has(c.id);
              return html`<button
                type="button"
                part="legend-item"
                class="legend-item"
                aria-pressed=${shown ? 'true' : 'false'}
                .style=${c.color ? `--dt-event-color:${c.color}` : ''}
                data-category=${c.id}
              >
                <span class="swatch" aria-hidden="true"></span
                ><span lang=${ifDefined(label.lang)}>${label.text}</span>
              </button>`;
            })}
          </div>`
        : nothing
    }`;
}
