import { css } from 'lit';

export const controlStyles = css`
  .controls {
    display: flex;
    gap: 4px;
  }

  .control {
    display: grid;
    place-items: center;
    width: 36px;
    height: 36px;
    padding: 0;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
    cursor: pointer;
  }

  .control:hover {
    border-color: var(--_axis);
  }

  .control:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .list-toggle {
    display: flex;
    gap: 6px;
    width: auto;
    padding: 0 10px;
    font: inherit;
    font-size: 0.9em;
  }

  /* A phone: the list button shows its icon only; its word stays its name. The buttons are six
     pixels narrower (still over the 24 px a finger needs), so beside six of them a 351 px
     header keeps its title whole on two lines, and a 320 px one its first word. */
  @container timeline (max-width: 480px) {
    .control,
    .list-toggle {
      width: 30px;
      padding: 0;
      justify-content: center;
    }

    .list-toggle span {
      position: absolute;
      clip-path: inset(50%);
    }
  }

  .list-toggle[aria-pressed='true'] {
    background: var(--_fg);
    color: var(--_bg);
    border-color: var(--_fg);
  }

  .control svg {
    width: 16px;
    height: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
`;
