import { css } from 'lit';

/**
 * Presentation mode: the slide above the drawing, with type and marks that grow with the
 * widget's box, not with the window (a 480-pixel box on a projector keeps the type it has
 * on a laptop). The host is a size container, so container query units measure its width
 * and its height; the box's narrower side against 1280 × 720 gives the factor. Marks and
 * labels scale by it from 1× to 2×; the layout reads that factor back from the drawing's
 * type size (controllers/slide-box-controller.ts), and tells these styles in turn the least
 * height its rows need (--_drawing-min, at 1×). The slide's type follows the factor below 1×
 * too, down to 14 px.
 */
export const slideStyles = css`
  :host([mode='presentation']) {
    /* 1px in a 1280 × 720 box. Container query units resolve where these are used, against
       the host: the sizes the layout shares (view/size-properties.ts) are times --_s. */
    --_fit: min(100cqi / 1280, 100cqb / 720);
    --_s: clamp(1px, var(--_fit), 2px);
    container: timeline / size;
    height: 100%;
    min-height: 384px;
    /* Where 100% means nothing (a parent without a height), the widget's usual height. */
    contain-intrinsic-block-size: 416px;
  }

  :host([mode='presentation']:fullscreen) {
    width: 100vw;
    height: 100vh;
    border: 0;
    border-radius: 0;
  }

  :host([mode='presentation']) .frame {
    /* The box's own height even when the host's is auto (then 100cqb measures 0, which
       gives the same sizes as its 416 px): the slide and the drawing share a known height. */
    position: absolute;
    inset: 0;
    height: auto;
    font-size: var(--dt-slide-font-size, clamp(14px, 19.2 * var(--_fit), 38.4px));
  }

  :host([mode='presentation']) .header {
    min-height: 0;
    padding: 0.4em 0.75em 0;
    font-size: max(14px, 0.8em);
  }

  /*
   * The drawing takes a fixed share of the box, whatever the slide holds, so it keeps its
   * size from slide to slide and the zoom to each one runs undisturbed; never less than its
   * rows need to show the chosen mark and its label. The slide takes the rest and scrolls.
   */
  :host([mode='presentation']) .plot {
    flex: 0 0 auto;
    height: max(var(--_drawing-min, 110) * var(--_s), 30cqb);
    min-height: calc(var(--_drawing-min, 110) * var(--_s));
    /* The labels' size: what the layout reads the factor from. */
    font-size: var(--_label);
  }

  .slide {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: minmax(0, 1fr);
    align-items: end;
    column-gap: 1em;
    flex: 1 1 0;
    min-height: 0;
    margin: 0.4em 0.75em 0.5em;
    padding: 0.6em 1.1em 0.5em;
    border-left: 0.4em solid var(--dt-event-color, var(--_accent));
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .slide-body {
    display: flex;
    align-self: stretch;
    gap: 1.5em;
    min-height: 0;
    overflow: auto;
  }

  .slide-body:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .slide-text {
    flex: 1 1 28em;
    min-width: 0;
    max-width: 48em;
  }

  .slide-date {
    margin: 0;
    color: var(--_muted);
    font-weight: 650;
    font-size: 1.1em;
    font-variant-numeric: tabular-nums;
  }

  .slide h2 {
    margin: 0.1em 0 0.4em;
    font-size: 1.8em;
    line-height: 1.15;
    text-wrap: balance;
  }

  /* A phone: a title of a few words, not one per line. */
  @container timeline (max-width: 480px) {
    .slide h2 {
      font-size: 1.5em;
    }
  }

  .slide-description p {
    margin: 0 0 0.5em;
    font-size: 1.15em;
    line-height: 1.4;
  }

  .slide-description p:last-child {
    margin-bottom: 0;
  }

  .slide-sources h3 {
    margin: 0.5em 0 0.2em;
    font-size: 0.75em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }

  .slide-sources .sources {
    margin: 0;
    padding-left: 1.1em;
    font-size: 0.8em;
  }

  .slide-sources a {
    color: var(--_accent);
  }

  .slide-media {
    flex: 0 1 40%;
    margin: 0;
  }

  .slide-media img {
    display: block;
    max-width: 100%;
    max-height: 40cqb;
    border-radius: var(--_radius);
    object-fit: contain;
  }

  .slide-media figcaption {
    margin-top: 0.3em;
    font-size: 0.75em;
    color: var(--_muted);
  }

  /* Beside the text, not under it: the text gets the slide's whole height. */
  .slide-nav {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  /* A narrow slide: the buttons in a small block, so the text keeps most of the width.
     Beside the drawing, the slide has the height for a row. */
  @container timeline (max-width: 899px) and (not ((max-height: 599px) and (min-width: 600px))) {
    .slide-nav {
      display: grid;
      grid-template-areas: 'previous next' 'progress fullScreen';
      place-items: center;
      gap: 0.4em;
    }

    .slide-previous {
      grid-area: previous;
    }

    .slide-next {
      grid-area: next;
    }

    .slide-nav .progress {
      grid-area: progress;
      min-width: 0;
    }

    .slide-fullScreen {
      grid-area: fullScreen;
    }
  }

  .slide-nav .control {
    width: 2.2em;
    height: 2.2em;
  }

  .slide-nav .control svg {
    width: 1em;
    height: 1em;
  }

  .slide-nav .control:disabled {
    opacity: 0.4;
    cursor: default;
  }

  .slide-nav .slide-fullScreen[aria-pressed='true'] {
    background: var(--_fg);
    color: var(--_bg);
  }

  .progress {
    margin: 0;
    min-width: 4.5em;
    text-align: center;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }

  /*
   * A short, wide box (an article's 672 × 416, a 480-pixel strip on a projector) has no
   * height for a slide above a drawing: the slide stands beside it instead, as tall as the
   * box, and the drawing keeps the width for time and the height for its lanes.
   */
  @container timeline (max-height: 599px) and (min-width: 600px) {
    :host([mode='presentation']) .frame {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      grid-template-rows: auto minmax(0, 1fr) auto;
    }

    :host([mode='presentation']) .header,
    :host([mode='presentation']) .notice {
      grid-column: 1 / -1;
    }

    .slide {
      grid-row: 2 / 4;
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: minmax(0, 1fr) auto;
      margin-right: 0;
    }

    .slide-nav {
      justify-content: flex-end;
      padding-top: 0.4em;
    }

    .slide h2 {
      font-size: 1.4em;
    }

    .slide-description p {
      font-size: 1.05em;
    }

    :host([mode='presentation']) .plot,
    :host([mode='presentation']) .list-frame {
      grid-column: 2;
      grid-row: 2;
      height: auto;
    }

    :host([mode='presentation']) .filters {
      grid-column: 2;
      grid-row: 3;
    }
  }

  /* Marks and labels take the layout's sizes times the factor it reads back (marks.styles.ts);
     range bars and the small type grow with them. */
  :host([mode='presentation']) .range {
    height: calc(24 * var(--_s));
  }

  :host([mode='presentation']) .range .label {
    line-height: calc(24 * var(--_s));
  }

  :host([mode='presentation']) .cluster {
    font-size: calc(12 * var(--_s));
  }

  :host([mode='presentation']) .axis text {
    font-size: calc(12 * var(--_s));
  }

  @media print {
    .slide-nav {
      display: none;
    }

    /* On paper the widget is as tall as what it prints, not its box on screen. */
    :host([mode='presentation']) {
      container-type: inline-size;
    }

    :host([mode='presentation']) .frame {
      position: static;
    }
  }
`;
