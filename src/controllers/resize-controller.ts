import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content-box size of an element of the host's and re-renders when it changes. */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  /**
   * The host's own content width (the box the styles' container queries see), read with the
   * drawing's: a card beside the drawing narrows the drawing, not the widget.
   */
  boxWidth = 0;
  private observer?: ResizeObserver;
  private target?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onResize: (width: number, height: number) => void = () => {},
  ) {
    host.addController(this);
  }

  /** Starts watching `target` (the drawing); call again when it is replaced. */
  observe(target: HTMLElement): void {
    if (target === this.target) return;
    this.observer?.disconnect();
    this.target = target;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      this.boxWidth = this.host.clientWidth;
      if (!box || (box.width === this.width && box.height === this.height)) return;
      this.width = box.width;
      this.height = box.height;
      this.onResize(this.width, this.height);
      this.host.requestUpdate();
    });
    this.observer.observe(target);
  }

  /**
   * Reads the size now instead of waiting for the observer, which reports a frame later: a
   * drawing that just appeared is then laid out before its first paint.
   */
  measure(): void {
    if (!this.target) return;
    // In CSS pixels, as the observer reports them: the on-screen box is scaled by an
    // ancestor's transform (a slide deck's), and a drawing laid out at that width would stay
    // so, the observer seeing no change. Whole pixels: a fractional width is corrected by the
    // observer's report before the first paint.
    const { offsetWidth: width, offsetHeight: height } = this.target;
    this.boxWidth = this.host.clientWidth;
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.onResize(width, height);
    // measure() runs in the host's `updated`: the update that lays out at this size is asked
    // for once that one has completed (a microtask, still before the browser paints), not
    // from inside it, which Lit's development build warns of as a cascade.
    queueMicrotask(() => this.host.requestUpdate());
  }

  hostConnected(): void {
    if (this.target && !this.observer) {
      const target = this.target;
      this.target = undefined;
      this.observe(target);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
