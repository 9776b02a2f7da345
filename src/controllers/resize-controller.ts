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
