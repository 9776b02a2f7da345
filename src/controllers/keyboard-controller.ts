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

const moves: Readonly<Record<string, number | 'first' | 'last' | 'page' | '-page'>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageDown: 'page',
  PageUp: '-page',
  Home: 'first',
  End: 'last',
};

/** Whether the key belongs to the focused control: typing in the search box, pressing a button. */
const ownedByControl = ({ key, ctrlKey, metaKey, altKey }: KeyboardEvent, origin?: EventTarget) =>
  origin instanceof HTMLElement &&
  !(ctrlKey || metaKey || altKey) &&
  (origin.localName === 'input'
    ? key !== 'Tab' && key !== 'Escape'
    : (key === 'Enter' || key === ' ') && origin.matches('button,summary,a'));

/**
 * Keys of the timeline: arrows, Home and End move between events, Page Up and Page Down by a
 * view's span of time, + and − zoom, Escape closes the detail card. Enter and Space need
 * nothing here: marks are buttons, so they click.
 *
 * A key the widget acts on stops at the widget (default prevented, propagation stopped): a
 * slide deck or page listening for the same key must not act on it a second time. Every other
 * key passes through untouched.
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
    const origin = event.composedPath()[0];
    if (!event.defaultPrevented && this.handle(event, origin)) event.preventDefault();
    // Taken by a part of the widget (here, a menu, a presentation's slide keys, a field or a
    // button): the key ends here.
    if (event.defaultPrevented || ownedByControl(event, origin)) event.stopPropagation();
  };

  /** Acts on a key; true when it was the timeline's. */
  private handle(event: KeyboardEvent, origin: EventTarget | undefined): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    if (event.key === 'Escape') return this.target.closeDetail();
    if (!this.fromDrawing(origin)) return false;
    const move = moves[event.key];
    if (move !== undefined) this.moveFocus(move);
    else if (event.key === '+' || event.key === '=') this.zoomAtFocus(2);
    else if (event.key === '-' || event.key === '_') this.zoomAtFocus(0.5);
    else return false;
    return true;
  }

  /** Arrows step through all events in time order, those outside the view included. */
  private moveFocus(to: number | 'first' | 'last' | 'page' | '-page'): void {
    const events = this.target.events();
    const last = events.length - 1;
    if (last < 0) return;
    const from = Math.min(last, Math.max(0, this.target.focused()));
    let next = to === 'first' ? 0 : to === 'last' ? last : from;
    if (typeof to === 'number') next += to;
    else if (to === 'page' || to === '-page') {
      // The first event a view's span of time later (earlier), at least the next one.
      const step = to === 'page' ? 1 : -1;
      const goal = events[from]!.start + step * (this.target.view()?.span ?? 0);
      next += step;
      while (events[next + step] && (events[next]!.start - goal) * step < 0) next += step;
    }
    this.target.focus(Math.min(last, Math.max(0, next)));
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
