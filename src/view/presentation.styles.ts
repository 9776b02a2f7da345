import { css } from 'lit';

/**
 * Presentation mode's box: the slide above the drawing (beside it in a short, wide box), with
 * type and marks that grow with the widget's box, not with the window (a 480-pixel box on a
 * projector keeps the type it has on a laptop). The host is a size container, so container
 * query units measure its width and its height; the box's narrower side against 1280 × 720
 * gives the factor. Marks and labels scale by it from 1× to 2×; the layout reads that factor
 * back from the drawing's type size (controllers/slide-box-controller.ts), and tells these
 * styles in turn the least height its rows need (--_drawing-min, at 1×). The slide's type
 * follows the factor below 1× too, down to 14 px (view/slide.styles.ts).
 */
export const presentationStyles = css`
  :host([mode='presentation']) {
    /* 1px in a 1280 × 720 box. Container query units resolve where these are used, against
       the host: the sizes the layout shares (view/size-properties.ts) are times --_s. */
    --_fit: min(100cqi / 1280, 100cqb / 720);
    --_s: clamp(1px, var(--_fit), 2px);
    height: 100%;
    min-height: 384px;
  }

  :host([mode='presentation']:fullscreen) {
    width: 100vw;
    height: 100vh;
    border: 0;
    border-radius: 0;
  }

  :host([mode='presentation']) .frame {
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
`;
