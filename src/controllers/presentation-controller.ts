import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../warn.js';

/** What presenting needs of the timeline. */
export interface PresentationContext {
  /** Whether the element is in presentation mode now. */
  active(): boolean;
  /** Whether the first presentation on the page takes the slide keys while nothing is focused. */
  pageKeys(): boolean;
  /** How many slides (events) there are. */
  count(): number;
  /** The slide shown now (the chosen event), or -1. */
  current(): number;
  /** Shows slide `index`. */
  show(index: number): void;
}

/** Keys that move between slides: what keyboards and presentation clickers send. */
const steps: Readonly<Record<string, number | 'first' | 'last'>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ' ': 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
  Home: 'first',
  End: 'last',
};

/**
 * Presentation mode: one event at a time as a slide. Keys step through the slides wherever
 * focus is inside the widget (a clicker sends Page Up and Page Down), F toggles full screen
 * and Escape leaves it; there is always a slide shown while there are events.
 *
 * With nothing focused, the first presentation on the page owns these keys page-wide; a page
 * that has keys of its own (a slide deck) turns that off with `page-keys="off"`. A key taken
 * either way stops here, so one key press moves one thing.
 */
export class PresentationController implements ReactiveController {
  private listening = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: PresentationContext,
  ) {
    host.addController(this);
  }

  /** Whether the widget fills the screen now. */
  get fullScreen(): boolean {
    return document.fullscreenElement === this.host;
  }

  /** Mode or data changed: start or stop presenting, and make sure a slide is shown. */
  sync(): void {
    const on = this.context.active() && this.host.isConnected;
    if (on !== this.listening) {
      this.listening = on;
      // Capture, so the slide keys come before the timeline's own arrow-key handling.
      if (on) {
        this.host.addEventListener('keydown', this.onKeyDown, { capture: true });
        // Capture on the window: before a deck's own listeners on the document.
        addEventListener('keydown', this.onPageKeyDown, { capture: true });
        document.addEventListener('fullscreenchange', this.onFullScreenChange);
      } else {
        this.host.removeEventListener('keydown', this.onKeyDown, { capture: true });
        removeEventListener('keydown', this.onPageKeyDown, { capture: true });
        document.removeEventListener('fullscreenchange', this.onFullScreenChange);
      }
    }
    if (on && this.context.current() < 0 && this.context.count() > 0) this.context.show(0);
  }

  /** Moves `delta` slides, stopping at the ends. */
  step(delta: number): void {
    const count = this.context.count();
    if (!count) return;
    const from = Math.max(0, this.context.current());
    this.context.show(Math.min(count - 1, Math.max(0, from + delta)));
  }

  /** Enters full screen, or leaves it. */
  toggleFullScreen(): void {
    if (this.fullScreen) {
      void document.exitFullscreen();
      return;
    }
    // Refused without a user gesture or inside a frame without allowfullscreen: say so, go on.
    this.host.requestFullscreen?.().catch((error: unknown) => {
      warn('full screen was refused.', error);
    });
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !this.handle(event, false)) return;
    event.preventDefault();
    event.stopPropagation();
  };

  /** Acts on a slide key; true when it was one. `page`: nothing is focused. */
  private handle(event: KeyboardEvent, page: boolean): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const origin = event.composedPath()[0];
    // Space and Enter on a button press it; a clicker never sends them to one.
    const onButton =
      origin instanceof HTMLElement &&
      origin.matches('button:not(.mark):not(.range):not(.cluster)');
    if (event.key === 'Escape') {
      // The slide is never closed: Escape only leaves full screen (the browser does too). In
      // the widget it is taken even so, so the detail card's Escape does not close the slide.
      const full = this.fullScreen;
      if (full) void document.exitFullscreen();
      return full || !page;
    }
    if (event.key === 'f' || event.key === 'F') {
      this.toggleFullScreen();
      return true;
    }
    let step = steps[event.key];
    if (step === undefined || (event.key === ' ' && onButton)) return false;
    if (event.key === ' ' && event.shiftKey) step = -1;
    if (step === 'first') this.context.show(0);
    else if (step === 'last') this.context.show(this.context.count() - 1);
    else this.step(step);
    return true;
  }

  /**
   * A clicker's keys reach the page, not the widget, while nothing has focus (a presenter
   * rarely clicks into the slide first): the first presentation on the page takes them then,
   * unless the page keeps its keys (`page-keys="off"`, a slide deck).
   */
  private readonly onPageKeyDown = (event: KeyboardEvent): void => {
    const target = event.target;
    if (target !== document.body && target !== document.documentElement) return;
    if (!this.context.pageKeys()) return;
    if (document.querySelector('diplomacy-timeline[mode="presentation"]') !== this.host) return;
    if (event.defaultPrevented || !this.handle(event, true)) return;
    event.preventDefault();
    event.stopPropagation();
  };

  private readonly onFullScreenChange = (): void => {
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.sync();
  }
}
