import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the keyboard can ask of the timeline. */
export interface KeyboardActions {
  /** Moves focus through events in time order: by a step, or to the first or the last. */
  moveFocus(to: number | 'first' | 'last'): void;
  /** Zooms about the focused event (or the centre) by `factor`; above 1 zooms in. */
  zoomAtFocus(factor: number): void;
  /** Closes the detail card; false when none was open. */
  closeDetail(): boolean;
}

const moves: Readonly<Record<string, number | 'first' | 'last'>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

/**
 * Keys of the timeline: arrows, Home and End move between events, + and − zoom, Escape closes
 * the detail card. Enter and Space need nothing here: marks are buttons, so they click.
 */
export class KeyboardController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly actions: KeyboardActions,
    /** Whether the key came from the drawing (its marks and clusters), not a card or a control. */
    private readonly fromDrawing: (origin: EventTarget | undefined) => boolean,
  ) {
    host.addController(this);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const origin = event.composedPath()[0];
    if (event.key === 'Escape') {
      if (this.actions.closeDetail()) event.preventDefault();
      return;
    }
    if (!this.fromDrawing(origin)) return;
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      this.actions.moveFocus(move);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      this.actions.zoomAtFocus(2);
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      this.actions.zoomAtFocus(0.5);
    }
  };

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }
}
