import { css } from 'lit';

/**
 * Presentation mode's slide: the chosen event's date, title, text, sources and picture, with
 * the buttons that step through the events. Its type grows with the widget's box
 * (view/presentation.styles.ts, which arranges the slide and the drawing in the box).
 */
export const slideStyles = css`
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

  @media print {
    .slide-nav {
      display: none;
    }
  }
`;
