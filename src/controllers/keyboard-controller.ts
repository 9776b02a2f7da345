import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../data/model.js';
import type { ViewRange } from '../layout/view-range.js';

/** What the keyboard needs of the timeline. */
export interface KeyboardTarget {
  /** The events, in time order. */
  events(): readonly TimelineEvent[];
  view(): ViewRange | undefined;
  /** The event holding the timeline's Tab stop now. */
  focused(): number;
  /** Moves the Tab stop and focus to an event, bringing it into view. */
  focus(index: number): void;
  /** Shows a view, eased unless motion is reduced. */
  show(view: ViewRange): void;
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
    private readonly target: KeyboardTarget,
    /** Whether the key came from the drawing (its marks and clusters), not a card or a control. */
    private readonly fromDrawing: (origin: EventTarget | undefined) => boolean,
  ) {
    host.addController(this);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const origin = event.composedPath()[0];
    if (event.key === 'Escape') {
      if (this.target.closeDetail()) event.preventDefault();
      return;
    }
    if (!this.fromDrawing(origin)) return;
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      this.moveFocus(move);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      this.zoomAtFocus(2);
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      this.zoomAtFocus(0.5);
    }
  };

  /** Arrows step through all events in time order, those outside the view included. */
  private moveFocus(to: number | 'first' | 'last'): void {
    const last = this.target.events().length - 1;
    if (last < 0) return;
    const next =
      to === 'first'
        ? 0
        : to === 'last'
          ? last
          : Math.min(last, Math.max(0, this.target.focused() + to));
    this.target.focus(next);
  }

  /** + and − zoom about the focused event when it is in view, else about the centre. */
  private zoomAtFocus(factor: number): void {
    const view = this.target.view();
    if (!view) return;
    const focused = this.target.events()[this.target.focused()];
    const at = focused && view.contains(focused.start) ? focused.start : view.centre;
    this.target.show(view.zoom(factor, at));
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }
}
