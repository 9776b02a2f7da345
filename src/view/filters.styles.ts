import { css } from 'lit';

/**
 * The search box and the legend, in one row under the drawing. When the legend's entries would
 * not fit there, they fold into a menu that opens upwards, over the drawing (LegendFitController).
 * A short, narrow widget folds the whole row into a header button.
 */
export const filterStyles = css`
  /* The row's header button, shown only where the row folds (below). */
  .control.filters-toggle {
    display: none;
  }

  /* A short, narrow widget (a phone's article column at the default height) folds the search
     and legend row into that button: the drawing takes its 44 px for label lanes, which the
     crowded years need more than a reader needs the search box one tap away. The frame is a
     size container only here: printed, the host's height is auto, which it would collapse. */
  @media screen {
    @container timeline (max-width: 480px) {
      :host(:not([mode='kiosk'], [mode='presentation'])) .frame {
        container: frame / size;
      }
    }

    @container frame (max-height: 480px) {
      /* Never under the focus, even for the moment before the update that opens it. */
      .filters:not(.open, :focus-within) {
        display: none;
      }

      .control.filters-toggle {
        display: grid;
      }
    }
  }

  .search {
    display: flex;
    align-items: center;
    gap: 6px;
    flex: none;
  }

  .search input {
    /* In em: the placeholder fits at a presentation's or a kiosk's larger type too. */
    width: clamp(10em, 30vw, 15em);
    height: 32px;
    padding: 0 8px;
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_axis);
    border-radius: var(--_radius);
  }

  .match-count {
    font-size: 0.85em;
    color: var(--_muted);
    white-space: nowrap;
  }

  .match-count:empty,
  .match-number {
    display: none;
  }

  /* A phone: the count alone is shown, the sentence stays its description and is announced. */
  @container timeline (max-width: 480px) {
    .match-count {
      position: absolute;
      clip-path: inset(50%);
    }

    .match-number:not(:empty) {
      display: inline;
      font-size: 0.85em;
      font-weight: 650;
    }
  }

  /* The room left for the legend; the same whether it is folded or not, so its size (watched)
     says when the entries fit. */
  .legend-slot {
    display: flex;
    flex: 1 1 0;
    min-width: 0;
    container-type: inline-size;
  }

  /* As wide as its entries (that width is measured), and only ever scrolling in the moment
     before it folds. */
  .legend {
    display: flex;
    gap: 5px;
    min-width: 0;
    overflow-x: auto;
    scrollbar-width: thin;
    padding: 3px;
  }

  .legend.wrap {
    flex-wrap: wrap;
  }

  .legend-menu {
    min-width: 0;
    padding: 3px;
  }

  /* Folded, the entries open over the drawing, wrapped, between the header and this row (the
     widget is their containing block, so they are never taller than it leaves room for). */
  .legend-menu .legend {
    position: absolute;
    z-index: 3;
    left: 8px;
    right: 8px;
    bottom: 52px;
    flex-wrap: wrap;
    align-content: flex-start;
    max-height: calc(100% - 104px);
    overflow: auto;
    padding: 8px;
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    box-shadow: var(--dt-shadow, 0 6px 24px rgb(0 0 0 / 0.18));
  }

  .legend-menu .legend > * {
    max-width: 100%;
    white-space: normal;
    text-align: start;
  }

  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    flex: none;
    min-height: 28px;
    padding: 0 9px;
    font: inherit;
    font-size: 0.85em;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_grid);
    border-radius: 999px;
    cursor: pointer;
    white-space: nowrap;
  }

  .legend-item .swatch {
    display: inline-block;
    width: 11px;
    height: 11px;
    border-radius: 50%;
    background: var(--dt-event-color, var(--_mark));
    border: 1px solid var(--dt-event-color, var(--_mark));
  }

  .legend-item[aria-pressed='false'] {
    color: var(--_muted);
    background: transparent;
    border-style: dashed;
    text-decoration: line-through;
  }

  .legend-item[aria-pressed='false'] .swatch {
    background: none;
  }

  /* The folded legend's button: a legend entry that opens the others. */
  .legend-toggle {
    max-width: 100%;
    min-height: 32px;
    list-style: none;
  }

  .legend-toggle-text {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .legend-toggle .swatches {
    display: flex;
    flex: none;
    padding-left: 5px;
  }

  /* The colours of the categories, overlapping, hollow for those hidden. */
  .legend-toggle .swatch {
    margin-left: -5px;
    box-shadow: 0 0 0 1.5px var(--_surface);
  }

  .legend-toggle .off {
    background: var(--_surface);
  }

  .legend-toggle svg {
    width: 12px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }

  /* Too narrow for the colours and the word: the word wins. */
  @container (max-width: 144px) {
    .legend-toggle .swatches {
      display: none;
    }
  }

  .legend-menu[open] .legend-toggle svg {
    transform: rotate(180deg);
  }

  .legend-item:focus-visible,
  .search input:focus-visible,
  .notice summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }

  .notice {
    margin: 0 12px 5px;
    padding: 5px 10px;
    font-size: 0.85em;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_grid);
    border-left: 4px solid var(--dt-notice-color, #b26a00);
    border-radius: var(--_radius);
  }

  .notice summary {
    cursor: pointer;
    font-weight: 600;
  }

  .notice ul {
    max-height: 96px;
    overflow: auto;
    margin: 5px 0 0;
    padding-left: 18px;
  }
`;
