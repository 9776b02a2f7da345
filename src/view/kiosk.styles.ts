import { css } from 'lit';

/**
 * Kiosk mode: touch first. No text selection, callout or context menu, and no scroll or
 * pull-to-refresh chaining out to the page; QR codes for sources; the attract-loop hint.
 */
export const kioskStyles = css`
  :host([mode='kiosk']) {
    /* Read standing up, a step away from the screen. */
    font-size: var(--dt-font-size, 18px) !important;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
    overscroll-behavior: contain;
    -webkit-tap-highlight-color: transparent;
  }

  /* The card scrolls inside itself with a finger, and that scroll stops at its edges. */
  :host([mode='kiosk']) .detail {
    touch-action: pan-y;
    overscroll-behavior: contain;
    width: min(480px, calc(100% - 16px));
    font-size: 1.1em;
  }

  :host([mode='kiosk']) .sources {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(144px, 1fr));
    gap: 12px;
    padding: 0;
    list-style: none;
  }

  /* The list view's source links are not followed on a kiosk: shown as plain text. */
  :host([mode='kiosk']) .list-sources a {
    color: inherit;
    text-decoration: none;
    cursor: default;
  }

  :host([mode='kiosk']) .axis text {
    font-size: 15px;
  }

  /* A source without an address is a line of text across the card. */
  :host([mode='kiosk']) .sources li:not(:has(.qr)) {
    grid-column: 1 / -1;
  }

  .qr {
    margin: 0;
  }

  .qr-code {
    display: block;
    width: 100%;
    max-width: 160px;
    aspect-ratio: 1;
    border-radius: 4px;
    /* Scanners need dark modules on light, whatever the theme or forced colours. */
    forced-color-adjust: none;
  }

  .qr figcaption {
    margin-top: 5px;
    font-size: 0.85em;
    line-height: 1.3;
  }

  .qr-url {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }

  .notice {
    margin: 0 12px 4px;
    padding: 6px 12px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
    font-size: 0.9em;
  }

  /* Mid-height: below the range bars and the card, above the event lanes. */
  .tour-hint {
    position: absolute;
    left: 50%;
    top: 45%;
    z-index: 3;
    margin: 0;
    padding: 8px 18px;
    transform: translateX(-50%);
    border-radius: 999px;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 1.3em;
    font-weight: 600;
    white-space: nowrap;
    pointer-events: none;
    animation: dt-breathe 3s ease-in-out infinite;
  }

  @keyframes dt-breathe {
    50% {
      opacity: 0.75;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .tour-hint {
      animation: none;
    }
  }

  /* Kiosk: touch targets of at least 44 × 44 px and type to read from a step away. Marks,
     labels and badges take the kiosk's layout sizes (layout/kiosk-sizes.ts) as custom
     properties (view/size-properties.ts). */
  :host([mode='kiosk']) .range {
    height: 44px;
    min-width: 44px;
  }

  :host([mode='kiosk']) .range .label {
    line-height: 44px;
  }

  :host([mode='kiosk']) .cluster {
    font-size: 15px;
  }

  :host([mode='kiosk']) .control {
    width: 44px;
    height: 44px;
  }

  :host([mode='kiosk']) .list-toggle {
    width: auto;
  }

  :host([mode='kiosk']) .close {
    width: 44px;
    height: 44px;
  }

  :host([mode='kiosk']) .list-title {
    min-height: 44px;
  }

  :host([mode='kiosk']) .legend-item,
  :host([mode='kiosk']) .search input {
    min-height: 44px;
  }

  /* The folded legend opens above the kiosk's taller row of filters. */
  :host([mode='kiosk']) .legend-menu .legend {
    bottom: 64px;
    max-height: calc(100% - 128px);
  }

  /* A label the layout wrapped (view/marks.styles.ts) sets its two lines half a mark apart,
     so the mark or range bar keeps its 44 px. */
  :host([mode='kiosk']) .wrapped .label {
    padding-block: 0;
    line-height: calc(var(--_tap) / 2);
  }

  /* Upright, the card takes the band under the header, at a standing visitor's eye level and
     across the screen, and the drawing makes room below it instead of being covered. It is
     as tall as its text, up to a little under half the screen, and scrolls beyond that. */
  :host([mode='kiosk']) .frame.portrait .header {
    order: -2;
  }

  :host([mode='kiosk']) .frame.portrait .detail {
    position: relative;
    order: -1;
    flex: none;
    top: auto;
    right: auto;
    bottom: auto;
    left: auto;
    width: auto;
    max-height: 45%;
    margin: 0 8px 8px;
    font-size: 1.25em;
  }
`;
