import { css } from 'lit';

/**
 * The detail card: beside the drawing on a wide widget, on the side away from the chosen mark
 * (controllers/card-place-controller.ts); on a narrow one, a sheet under a strip of the
 * drawing. Both follow the widget's width, not the screen's.
 */
export const detailCardStyles = css`
  .detail {
    position: absolute;
    z-index: 2;
    /* Below the header, so the zoom buttons stay in reach while the card is open. */
    top: 52px;
    right: 8px;
    /* Stops above the search and legend row, so both stay in reach while it is open. */
    max-height: calc(100% - 108px);
    /* At most half the drawing: the chosen mark always has the other half. */
    width: min(384px, calc(50% - 12px));
    overflow: auto;
    padding: 14px 16px 16px;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_grid);
    border-top: 4px solid var(--dt-event-color, var(--_accent));
    border-radius: var(--_radius);
    box-shadow: var(--dt-shadow, 0 6px 24px rgb(0 0 0 / 0.18));
  }

  .detail:focus {
    outline: none;
  }

  .detail:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .detail.start {
    right: auto;
    left: 8px;
  }

  /* Narrow: the drawing makes room for the sheet instead of being covered, and keeps a strip
     above it where the chosen mark stays in sight; the search and legend follow the sheet. */
  @container timeline (width < 600px) {
    .detail {
      position: relative;
      order: 1;
      flex: 0 1 auto;
      top: auto;
      right: auto;
      left: auto;
      width: auto;
      max-height: 55%;
      margin: 0 8px 8px;
    }

    /* Room for the axis, density strip, cluster row and one label lane (layout/rows.ts): the card
       scrolls rather than push the chosen mark out of the strip. */
    .frame:has(> .detail) > .plot {
      min-height: 106px;
    }

    .frame:has(> .detail) > .filters,
    .frame:has(> .detail) > .notice {
      order: 2;
    }
  }

  .detail h2 {
    margin: 2px 40px 8px 0;
    font-size: 1.2em;
    line-height: 1.3;
  }

  .detail h3 {
    margin: 16px 0 5px;
    font-size: 0.85em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }

  .detail-date {
    margin: 0;
    margin-right: 40px;
    color: var(--_muted);
    font-weight: 600;
    font-size: 0.9em;
  }

  .detail-category {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 0 0 10px;
    font-size: 0.9em;
  }

  .swatch {
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--dt-event-color, var(--_accent));
    /* A transparent border paints as the fill, and as a ring in forced colours. */
    border: 1px solid transparent;
  }

  .detail-description p {
    margin: 0 0 10px;
  }

  .detail-description a {
    color: var(--_accent);
  }

  .detail-media {
    margin: 0 0 11px;
  }

  .detail-media img {
    display: block;
    width: 100%;
    /* Room kept while the image loads, so the text does not jump. */
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_surface);
  }

  .detail-media figcaption {
    margin-top: 4px;
    font-size: 0.8em;
    color: var(--_muted);
  }

  .sources {
    margin: 0;
    padding-left: 18px;
    font-size: 0.9em;
  }

  .sources li {
    margin-bottom: 5px;
    overflow-wrap: anywhere;
  }

  .sources a {
    color: var(--_accent);
  }

  .close {
    position: absolute;
    top: 8px;
    right: 8px;
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_fg);
    cursor: pointer;
  }

  .close svg {
    width: 14px;
    height: 14px;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  .close:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* A legend wrapped onto two rows: the card stops above both. (The narrow sheet sits above
     the row instead.) */
  @container timeline (width >= 600px) {
    .frame:has(.legend.wrap) .detail {
      max-height: calc(100% - 140px);
    }
  }

  /* On paper there is nothing to open a card with (the list prints every event instead). */
  @media print {
    .detail {
      display: none;
    }
  }
`;
