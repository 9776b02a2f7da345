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
    gap: 4px;
    margin-top: 4px;
  }

  .choice {
    width: auto;
    padding: 0 10px;
    font: inherit;
  }
`;
