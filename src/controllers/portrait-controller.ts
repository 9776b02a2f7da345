import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isPortrait } from '../layout/kiosk-sizes.js';

/**
 * Whether the widget stands upright (a kiosk screen turned to portrait), kept up to date as
 * it is resized or the screen is rotated; the host re-renders when that changes.
 */
export class PortraitController implements ReactiveController {
  portrait = false;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  private set(width: number, height: number): void {
    const portrait = isPortrait(width, height);
    if (portrait === this.portrait) return;
    this.portrait = portrait;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Read once now, so the first drawing already has the upright layout; the observer,
    // which reports a frame later, follows rotations and resizes.
    const box = this.host.getBoundingClientRect();
    this.set(box.width, box.height);
    this.observer ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.borderBoxSize[0];
      if (box) this.set(box.inlineSize, box.blockSize);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
