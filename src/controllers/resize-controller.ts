import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content-box size of an element of the host's and re-renders when it changes. */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private target?: Element;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onResize: (width: number, height: number) => void = () => {},
  ) {
    host.addController(this);
  }

  /** Starts watching `target` (the drawing); call again when it is replaced. */
  observe(target: Element): void {
    if (target === this.target) return;
    this.observer?.disconnect();
    this.target = target;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
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
    // The same fractional size the observer reports (the drawing has no border or padding),
    // so its later report is not taken for a change.
    const { width, height } = this.target.getBoundingClientRect();
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
