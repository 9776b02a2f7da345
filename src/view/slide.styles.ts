import { css } from 'lit';

/**
 * Presentation mode: the slide above the drawing, type that grows with the viewport so the
 * back row reads it, and marks scaled with the viewport too: each size N px becomes
 * clamp(N px, N/12.8 vw, 2N px), the factor layout/presentation-sizes.ts gives the layout.
 */
export const slideStyles = css`
  :host([mode='presentation']) {
    height: 100%;
    min-height: 384px;
    font-size: var(--dt-slide-font-size, clamp(16px, 1.5vw, 40px)) !important;
  }

  :host([mode='presentation']:fullscreen) {
    width: 100vw;
    height: 100vh;
    border: 0;
    border-radius: 0;
  }

  :host([mode='presentation']) .header {
    min-height: 0;
    padding: 0.4em 0.75em 0;
    font-size: 0.8em;
  }

  /* A fixed share of the height, whatever the slide holds: the drawing below keeps its size
     from slide to slide, so the zoom to each one runs undisturbed. */
  .slide {
    display: flex;
    flex-direction: column;
    flex: 0 0 52%;
    min-height: 0;
    margin: 0.4em 0.75em 0.5em;
    padding: 0.8em 1.1em 0.6em;
    border-left: 0.4em solid var(--dt-event-color, var(--_accent));
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .slide-body {
    display: flex;
    flex: 1;
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
    font-size: 2.1em;
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
    line-height: 1.45;
  }

  .slide-sources h3 {
    margin: 0.8em 0 0.2em;
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
    max-height: 40vh;
    border-radius: var(--_radius);
    object-fit: contain;
  }

  .slide-media figcaption {
    margin-top: 0.3em;
    font-size: 0.75em;
    color: var(--_muted);
  }

  .slide-nav {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5em;
    padding-top: 0.4em;
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

  /* Marks and labels, scaled like the layout's sizes: 1× up to 1280 px wide, 2× from 2560. */
  :host([mode='presentation']) .mark {
    height: clamp(28px, 2.1875vw, 56px);
    gap: clamp(6px, 0.46875vw, 12px);
    border-radius: clamp(14px, 1.09375vw, 28px);
  }

  :host([mode='presentation']) .mark .dot {
    width: clamp(14px, 1.09375vw, 28px);
    height: clamp(14px, 1.09375vw, 28px);
  }

  :host([mode='presentation']) .mark.bare {
    width: clamp(28px, 2.1875vw, 56px);
  }

  :host([mode='presentation']) .label {
    font-size: clamp(13px, 1.01562vw, 26px);
    line-height: clamp(28px, 2.1875vw, 56px);
  }

  :host([mode='presentation']) .mark .label {
    padding: 0 clamp(4px, 0.3125vw, 8px);
  }

  /* Two wrapped lines fill the lane, as in an article (view/marks.styles.ts). */
  :host([mode='presentation']) .wrapped .label {
    line-height: 1.08;
  }

  :host([mode='presentation']) .range {
    height: clamp(24px, 1.875vw, 48px);
  }

  :host([mode='presentation']) .range .label {
    line-height: clamp(24px, 1.875vw, 48px);
  }

  :host([mode='presentation']) .cluster {
    height: clamp(28px, 2.1875vw, 56px);
    min-width: clamp(28px, 2.1875vw, 56px);
    border-radius: clamp(14px, 1.09375vw, 28px);
    font-size: clamp(12px, 0.9375vw, 24px);
  }

  :host([mode='presentation']) .axis text {
    font-size: clamp(12px, 0.9375vw, 24px);
  }

  @media print {
    .slide-nav {
      display: none;
    }
  }
`;
