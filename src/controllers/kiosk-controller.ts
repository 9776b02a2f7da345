import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QrCode } from '../view/qr-encoder.js';
import { AttractLoop } from '../modes/attract-loop.js';
import { warn } from '../warn.js';

/** Time on each event of the attract tour. */
export const TOUR_STEP_MS = 8000;

/** Input that hands control back to a visitor. */
const INPUT_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

/** What the kiosk needs of the timeline. */
export interface KioskContext {
  /** Whether the element is in kiosk mode now. */
  active(): boolean;
  idleMs(): number;
  /** How many events the tour moves through. */
  count(): number;
  /** Back to the home range with nothing chosen. */
  home(): void;
  /** Chooses event `index` and zooms to it. */
  tour(index: number): void;
}

/**
 * Kiosk mode's behaviour: nothing a visitor does leaves the widget (no context menu; the
 * styles stop selection, page scroll and pull-to-refresh), the attract loop tours the events
 * when nobody has touched the screen for a while, and sources become QR codes, whose encoder
 * is loaded here on first use.
 */
export class KioskController implements ReactiveController {
  private readonly loop: AttractLoop;
  private listening = false;
  private encode?: (text: string) => QrCode;
  private loadingEncoder = false;
  private readonly codes = new Map<string, QrCode>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: KioskContext,
  ) {
    this.loop = new AttractLoop(
      {
        count: () => context.count(),
        home: () => {
          context.home();
          host.requestUpdate();
        },
        show: (index) => context.tour(index),
      },
      { idleMs: context.idleMs(), stepMs: TOUR_STEP_MS },
    );
    // Last: a host already connected calls hostConnected at once, which needs the loop.
    host.addController(this);
  }

  /** Whether the attract tour is running. */
  get touring(): boolean {
    return this.loop.touring;
  }

  /** Mode or `idle` changed: start or stop being a kiosk. Cheap when nothing changed. */
  sync(): void {
    const on = this.context.active() && this.host.isConnected;
    this.loop.setIdle(this.context.idleMs());
    if (on === this.listening) return;
    this.listening = on;
    for (const type of INPUT_EVENTS) {
      if (on) this.host.addEventListener(type, this.onInput, { capture: true, passive: true });
      else this.host.removeEventListener(type, this.onInput, { capture: true });
    }
    for (const type of ['contextmenu', 'click', 'auxclick'] as const) {
      if (on) this.host.addEventListener(type, this.onEscape, { capture: true });
      else this.host.removeEventListener(type, this.onEscape, { capture: true });
    }
    if (on) this.loop.wake();
    else this.loop.stop();
  }

  /** The QR code for `url`, or undefined while the encoder is still loading. */
  qr(url: string): QrCode | undefined {
    if (!this.encode) {
      this.loadEncoder();
      return undefined;
    }
    let code = this.codes.get(url);
    if (!code) {
      // Bounded: a dataset with thousands of sources must not grow this for months.
      if (this.codes.size > 256) this.codes.clear();
      code = this.encode(url);
      this.codes.set(url, code);
    }
    return code;
  }

  private loadEncoder(): void {
    if (this.loadingEncoder) return;
    this.loadingEncoder = true;
    import('../view/qr-encoder.js').then(
      (module) => {
        this.encode = module.encodeQr;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // The labels stay readable; the codes come when the next card asks again.
        this.loadingEncoder = false;
        warn('the QR encoder could not be loaded.', error);
      },
    );
  }

  private readonly onInput = (): void => {
    const wasTouring = this.loop.touring;
    this.loop.wake();
    if (wasTouring) this.host.requestUpdate();
  };

  /**
   * Nothing leads out of the kiosk: no context menu, and no link followed, wherever one is
   * drawn (the list view writes sources as links; the card shows QR codes instead).
   */
  private readonly onEscape = (event: Event): void => {
    if (
      event.type === 'contextmenu' ||
      event.composedPath().some((node) => node instanceof HTMLAnchorElement)
    ) {
      event.preventDefault();
    }
  };

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.sync();
  }
}
