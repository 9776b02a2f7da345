import { css } from 'lit';

/** The search box and the legend, in one row under the drawing; the legend scrolls sideways. */
export const filterStyles = css`
  .search {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    flex: none;
  }

  .search input {
    width: clamp(8rem, 30vw, 14rem);
    height: 2rem;
    padding: 0 0.5rem;
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

  .match-count:empty {
    display: none;
  }

  .legend {
    display: flex;
    gap: 0.3rem;
    flex: 1 1 auto;
    min-width: 0;
    overflow-x: auto;
    scrollbar-width: thin;
    padding: 3px;
  }

  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    flex: none;
    min-height: 1.75rem;
    padding: 0 0.55rem;
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
    width: 0.7rem;
    height: 0.7rem;
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

  .legend-item:focus-visible,
  .search input:focus-visible,
  .notice summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }

  :host([mode='kiosk']) .legend-item,
  :host([mode='kiosk']) .search input {
    min-height: 44px;
  }

  .notice {
    margin: 0 0.75rem 0.3rem;
    padding: 0.3rem 0.6rem;
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
    max-height: 6rem;
    overflow: auto;
    margin: 0.3rem 0 0;
    padding-left: 1.1rem;
  }

  /* The card stops above the search and legend row, so both stay in reach while it is open. */
  .detail {
    max-height: calc(100% - 6.75rem);
  }

  @media (max-width: 40rem) {
    .detail {
      bottom: 3.25rem;
      max-height: calc(100% - 7rem);
    }
  }
`;
