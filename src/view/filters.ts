import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Category } from '../data/model.js';
import { pickText } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { LegendLayout } from '../controllers/legend-fit-controller.js';
import type { MenuActions } from '../controllers/menu-controller.js';

export interface FilterModel {
  readonly categories: readonly Category[];
  readonly hidden: ReadonlySet<string>;
  readonly query: string;
  /** Matches of the current search; undefined without one. */
  readonly matches?: number;
  /** In one row, wrapped onto two lines, or folded into a "Categories" menu; default one row. */
  readonly legend?: LegendLayout;
}

/**
 * The row's handlers. They are the same functions on every render (the zoom re-renders the
 * frame each animation frame), so Lit never has to swap a listener.
 */
export interface FilterActions {
  /** A click in the legend, on an entry carrying `data-category`. */
  readonly legendClick: (event: MouseEvent) => void;
  readonly searchInput: (event: InputEvent) => void;
  /**
   * Escape empties a search box that holds text (and goes no further); in an empty one, it
   * folds a short widget's row back into its button.
   */
  readonly searchKeydown: (event: KeyboardEvent) => void;
  /** The header button of a short widget: shows or folds the row. */
  readonly toggleFilters: () => void;
  /** Focus arriving in the row: it stays open while it is used. */
  readonly rowFocus: () => void;
}

/**
 * The search box and the legend. Each legend entry is a toggle button (pressed = shown), so
 * the legend is also the category filter, for pointer, keyboard and screen reader alike.
 */
export function renderFilters(
  m: Messages,
  model: FilterModel,
  actions: FilterActions & MenuActions,
) {
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
      ><span class="match-number" aria-hidden="true">${model.matches ?? ''}</span>
    </div>
    ${model.categories.length ? renderLegend(m, model, actions) : nothing}`;
}

/**
 * The legend in the row (on two lines if need be), or, when it would not fit there, folded
 * into a menu whose button names how many categories are shown and carries (the first few
 * of) their colours.
 */
function renderLegend(m: Messages, model: FilterModel, actions: FilterActions & MenuActions) {
  const { categories, hidden } = model;
  const legend = html`<div
    class=${model.legend === 'wrap' ? 'legend wrap' : 'legend'}
    part="legend"
    role="group"
    aria-label=${m.legend}
    @click=${actions.legendClick}
  >
    ${categories.map((c) => {
      const label = pickText(c.label, m.lang);
      return html`<button
        type="button"
        part="legend-item"
        class="legend-item"
        aria-pressed=${hidden.has(c.id) ? 'false' : 'true'}
        .style=${colour(c)}
        data-category=${c.id}
      >
        <span class="swatch" aria-hidden="true"></span
        ><span lang=${ifDefined(label.lang)}>${label.text}</span>
      </button>`;
    })}
  </div>`;
  if (model.legend !== 'fold') return html`<div class="legend-slot">${legend}</div>`;
  const shown = categories.filter((c) => !hidden.has(c.id)).length;
  return html`<div class="legend-slot">
    <details
      class="menu legend-menu"
      @toggle=${actions.menuToggle}
      @keydown=${actions.menuKeydown}
      @focusout=${actions.menuFocusout}
    >
      <summary class="legend-item legend-toggle" part="legend-toggle">
        <span class="swatches" aria-hidden="true"
          >${categories
            .slice(0, 6)
            .map(
              (c) =>
                html`<span
                  class=${hidden.has(c.id) ? 'swatch off' : 'swatch'}
                  .style=${colour(c)}
                ></span>`,
            )}</span
        ><span class="legend-toggle-text">${m.legendButton(shown, categories.length)}</span>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 10l4-4 4 4"></path></svg>
      </summary>
      ${legend}
    </details>
  </div>`;
}

function colour(c: Category): string {
  return c.color ? `--dt-event-color:${c.color}` : '';
}
