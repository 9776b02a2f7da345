import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows when the page is being printed, so the host can render its printable form (the list
 * of events) only then. Both signals are watched: `beforeprint` for the print dialog, and the
 * `print` media query, which also follows print emulation.
 */
export class PrintController implements ReactiveController {
  printing = false;
  private query?: MediaQueryList;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly set = (printing: boolean) => {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  };
  private readonly onBefore = () => this.set(true);
  private readonly onAfter = () => this.set(this.query?.matches ?? false);
  private readonly onChange = (event: MediaQueryListEvent) => this.set(event.matches);

  hostConnected(): void {
    this.query = globalThis.matchMedia?.('print');
    this.printing = this.query?.matches ?? false;
    this.query?.addEventListener('change', this.onChange);
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
  }
}
