import { css } from 'lit';

/**
 * Quotes, players and link cards in the detail card and the slide; loaded with them. They
 * use the card's own colours (`--_accent`, `--_surface`, …), so themes reach them unchanged.
 */
export const mediaStyles = css`
  .media-quote blockquote {
    margin: 0;
    padding: 0.1rem 0 0.1rem 0.8rem;
    border-left: 3px solid var(--dt-event-color, var(--_accent));
    font-size: 1.05em;
    font-style: italic;
  }

  .media-quote blockquote p {
    margin: 0 0 0.4rem;
  }

  .media-quote figcaption,
  .media-player figcaption,
  .media-link figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    margin-top: 0.3rem;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .media-play {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 0.2rem 0.7rem;
    width: 100%;
    aspect-ratio: 16 / 9;
    padding: 1rem;
    border: 1px solid var(--_grid);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_surface);
    color: var(--_fg);
    font: inherit;
    text-align: left;
    cursor: pointer;
  }

  .media-audio .media-play {
    aspect-ratio: auto;
  }

  .media-play svg {
    grid-row: span 2;
    width: 2.75rem;
    height: 2.75rem;
    padding: 0.5rem;
    border-radius: 50%;
    background: var(--dt-event-color, var(--_accent));
    /* The card's background on the accent: contrast in either theme. */
    fill: var(--_bg);
  }

  .media-play span:first-of-type {
    font-weight: 600;
  }

  .media-play:focus-visible,
  .media-link a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .media-player iframe {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    border: 0;
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_surface);
  }

  .media-audio iframe {
    aspect-ratio: auto;
    height: 10rem;
  }

  .media-note {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .media-open {
    margin: 0.3rem 0 0;
    font-size: 0.85em;
  }

  .media-open a {
    color: var(--_accent);
  }

  .media-link > a {
    display: grid;
    gap: 0.15rem;
    padding: 0.6rem 0.8rem;
    border: 1px solid var(--_grid);
    border-left: 4px solid var(--dt-event-color, var(--_accent));
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_surface);
    color: var(--_fg);
    text-decoration: none;
  }

  .media-link .media-note {
    margin-bottom: 0.3rem;
  }

  .media-provider {
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
  }

  .media-page {
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    .media-play svg {
      fill: ButtonText;
      background: ButtonFace;
    }
  }
`;
