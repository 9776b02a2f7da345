import { css } from 'lit';

/**
 * The "Download image" disclosure; its choices look like the other text buttons. Its summary
 * is a .control (display: grid), so no disclosure triangle shows, except in Safari, which
 * draws its own marker.
 */
export const exportMenuStyles = css`
  .export {
    position: relative;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  .export-menu {
    position: absolute;
    z-index: 3;
    right: 0;
    display: grid;
    gap: 0.25rem;
    margin-top: 0.25rem;
  }

  .choice {
    width: auto;
    padding: 0 0.6rem;
    font: inherit;
  }
`;
