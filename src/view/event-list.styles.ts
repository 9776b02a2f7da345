import { css } from 'lit';

export const eventListStyles = css`
  .list-frame {
    display: flex;
    flex: 1;
    flex-direction: column;
    min-height: 0;
  }

  .list {
    flex: 1;
    min-height: 0;
    overflow: auto;
    padding: 0 12px 12px;
  }

  .list ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list li {
    display: grid;
    grid-template-columns: minmax(104px, auto) 1fr;
    column-gap: 12px;
    padding: 7px 0 7px 10px;
    border-left: 4px solid var(--dt-event-color, var(--_mark));
    border-bottom: 1px solid var(--_grid);
  }

  /* A phone: the date above the title, which then has the whole width. */
  @container timeline (max-width: 480px) {
    .list li {
      grid-template-columns: 1fr;
    }

    .list-date {
      grid-row: auto;
    }
  }

  .list li.selected {
    background: color-mix(in srgb, var(--dt-event-color, var(--_mark)) 14%, var(--_bg));
  }

  .list-date {
    grid-row: span 3;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .list-title {
    justify-self: start;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_fg);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }

  .list-title:hover {
    text-decoration: underline;
  }

  .list-title:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .list-category,
  .list-sources {
    font-size: 0.9em;
    color: var(--_muted);
  }

  .list-category {
    display: flex;
    align-items: center;
    gap: 6px;
  }

  .list-sources a {
    color: var(--_accent);
  }

  .list-note {
    margin: 0 0 8px;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .swatch {
    display: inline-block;
    width: 11px;
    height: 11px;
    border-radius: 50%;
    background: var(--dt-event-color, var(--_accent));
    /* A transparent border paints as the fill, and as a ring in forced colours. */
    border: 1px solid transparent;
  }

  /* A link on paper is its address. */
  @media print {
    .list-sources a::after {
      content: ' (' attr(href) ')';
    }
  }
`;
