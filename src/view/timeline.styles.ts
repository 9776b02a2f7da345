import { css } from 'lit';

/** The host, the theme's custom properties and the frame the other parts sit in. */
export const timelineStyles = css`
  :host {
    /*
     * Each colour of the theme once, light and dark: light-dark() takes the side the
     * color-scheme below picks (the theme attribute; auto follows the system). Every colour is
     * a --dt-* property a page may set, in either theme.
     */
    color-scheme: light dark;
    --_bg: var(--dt-background, light-dark(#ffffff, #14181d));
    --_fg: var(--dt-color, light-dark(#1d232a, #e8ecef));
    --_muted: var(--dt-muted-color, light-dark(#56606b, #a3adb8));
    --_accent: var(--dt-accent-color, light-dark(#0b6e4f, #4fc69b));
    --_grid: var(--dt-grid-color, light-dark(#e6e9ed, #262d35));
    --_axis: var(--dt-axis-color, light-dark(#8a949e, #6b7682));
    --_mark: var(--dt-mark-color, light-dark(#3b5bab, #7d9be0));
    --_surface: var(--dt-surface-color, light-dark(#f4f6f8, #1d232a));
    --_focus: var(--dt-focus-color, light-dark(#1a56db, #8ab4ff));
    --_error-bg: var(--dt-error-background, light-dark(#fdecea, #3a1714));
    --_error-fg: var(--dt-error-color, light-dark(#8a1c13, #ffb4a9));
    --_radius: var(--dt-radius, 6px);
    display: block;
    position: relative;
    box-sizing: border-box;
    /* What adapts to width follows the widget's own width, not the screen's. A size container:
       its height never follows what it holds, so a height that means nothing (auto, 100% of
       a parent without one) leaves the usual 416 px, not a header over an empty drawing. */
    container: timeline / size;
    height: 416px;
    contain-intrinsic-block-size: 416px;
    min-height: 256px;
    overflow: hidden;
    contain: content;
    font-family: var(
      --dt-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      sans-serif
    );
    /*
     * What the host inherits or is given by a page's global rules (a blog theme's
     * "* { font-size: 20px !important }", letter-spacing, capitals) is reset to the widget's own
     * values: the layout measures its text at these. !important in a shadow root's styles
     * outranks the page's, important or not; a page sets them through the --dt-* properties.
     * Sizes are in px, never rem, so a page's root font size (62.5 %) changes nothing.
     */
    font-size: var(--dt-font-size, 14px) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    line-height: 1.4 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--dt-border-color, var(--_grid));
    border-radius: var(--_radius);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* The host's box, whatever its height says (100% of an auto height would be auto). */
  .frame {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
  }

  .header {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 6px 8px 3px 12px;
    /* Room for a control, with or without controls: the drawing keeps its height when the
       controls appear with the data, and is not drawn twice. */
    min-height: calc(36px + 10px);
  }

  :host([mode='kiosk']) .header {
    min-height: calc(44px + 10px);
  }

  .title {
    flex: 1;
    margin: 0;
    font-size: 1em;
    font-weight: 650;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  /* The search and legend row under the drawing. */
  .filters {
    display: flex;
    flex: none;
    align-items: center;
    gap: 8px;
    /* Taller only when the legend takes two lines. */
    min-height: 44px;
    padding: 0 8px 0 12px;
    border-top: 1px solid var(--_grid);
  }

  /* A phone: the title may take two lines, beside buttons drawn closer together. */
  @container timeline (max-width: 480px) {
    .header {
      gap: 3px;
    }

    .title {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
      white-space: normal;
      font-size: 0.9em;
      line-height: 1.2;
    }
  }

  :host([mode='kiosk']) .filters {
    min-height: 56px;
  }

  .plot {
    position: relative;
    flex: 1;
    min-height: 0;
    overflow: hidden;
    cursor: grab;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }

  .plot:active {
    cursor: grabbing;
  }

  /*
   * Before there are events to draw (loading, an error, an empty dataset) the drawing keeps
   * its place and size, holding the message in its middle: its size is then known when the
   * events arrive, and they are drawn in the same update, with no forced layout.
   */
  .plot.waiting {
    display: flex;
    cursor: auto;
  }

  .backdrop {
    position: absolute;
    inset: 0;
    overflow: visible;
    pointer-events: none;
  }

  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }

  .stems {
    stroke: var(--_axis);
    stroke-width: 1;
    opacity: 0.55;
  }

  .density {
    fill: var(--_mark);
    opacity: 0.6;
  }

  .axis line,
  .axis .ticks {
    stroke: var(--_axis);
    stroke-width: 1;
  }

  .axis text {
    fill: var(--_muted);
    font-size: var(--dt-small-font-size, 12px);
    font-variant-numeric: tabular-nums;
  }

  .axis text.major {
    fill: var(--_fg);
    font-weight: 600;
  }

  .status,
  .error {
    margin: auto;
    padding: 16px 20px;
    max-width: 576px;
    text-align: center;
  }

  .status {
    color: var(--_muted);
  }

  .error {
    background: var(--_error-bg);
    color: var(--_error-fg);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  .error p {
    margin: 0;
  }

  .error .more {
    margin-top: 4px;
    font-size: 0.9em;
  }

  .retry {
    margin-top: 12px;
    padding: 6px 16px;
    border: 1px solid;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
  }

  /* Read, not seen: a 1-pixel box clipped away (as the phone's list button hides its word). */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .grid,
    .stems,
    .axis line,
    .axis .ticks {
      stroke: CanvasText;
    }

    .density,
    .axis text {
      fill: CanvasText;
    }
  }

  @media print {
    /* On paper the widget is as tall as what it prints (the list), not its box on screen. */
    :host {
      height: auto !important;
      overflow: visible;
      border: 0;
      contain: none;
      container-type: inline-size;
    }

    .frame {
      position: static;
    }

    /* Buttons mean nothing on paper (and .header .control outranks each button's display). */
    .header .control {
      display: none;
    }
  }
`;
