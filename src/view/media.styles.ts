import { css } from 'lit';

/**
 * Quotes, players and link cards in the detail card and the slide; loaded with them. They
 * use the card's own colours (`--_accent`, `--_surface`, …), so themes reach them unchanged.
 */
export const mediaStyles = css`
  .media-quote blockquote {
    margin: 0;
    padding: 1.6px 0 1.6px 12.8px;
    border-left: 3px solid var(--dt-event-color, var(--_accent));
    font-size: 1.05em;
    font-style: italic;
  }

  .media-quote blockquote p {
    margin: 0 0 6.4px;
  }

  .media-quote figcaption,
  .media-player figcaption,
  .media-link figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: 0 8px;
    margin-top: 4.8px;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .media-play {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 3.2px 11.2px;
    width: 100%;
    aspect-ratio: 16 / 9;
    padding: 16px;
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
    width: 44px;
    height: 44px;
    padding: 8px;
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
    height: 160px;
  }

  .media-note {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }

  .media-open {
    margin: 4.8px 0 0;
    font-size: 0.85em;
  }

  .media-open a {
    color: var(--_accent);
  }

  .media-link > a {
    display: grid;
    gap: 2.4px;
    padding: 9.6px 12.8px;
    border: 1px solid var(--_grid);
    border-left: 4px solid var(--dt-event-color, var(--_accent));
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_surface);
    color: var(--_fg);
    text-decoration: none;
  }

  .media-link .media-note {
    margin-bottom: 4.8px;
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
