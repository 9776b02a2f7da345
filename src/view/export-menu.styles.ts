import { css } from 'lit';

/** The "Download image" disclosure; its choices look like the other text buttons. */
export const exportMenuStyles = css`
  .export {
    position: relative;
  }

  .export summary {
    list-style: none;
  }

  .export-menu {
    position: absolute;
    z-index: 3;
    right: 0;
    display: grid;
    gap: 0.25rem;
    margin-top: 0.25rem;
  }
`;
