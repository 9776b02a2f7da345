import type { TimelineHost } from './timeline-host.js';
import { adoptStyles } from '../modes/adopt-styles.js';
import { whenIdle } from '../scheduler.js';

type EventListModule = typeof import('../view/event-list.js');

/**
 * The chunks the element loads on its own when it needs them (the modes and the card have
 * loaders of their own): the list of events, and the URL hash link.
 */
export class LazyChunks {
  /** The list's template and styles, once loaded (once per page). */
  eventList?: EventListModule;
  private eventListLoading?: Promise<void>;
  private listAhead = false;
  /** Loaded only for pages that link the hash: most pages never pay for it. */
  private hashLink?: Promise<unknown>;

  constructor(private readonly host: TimelineHost) {}

  /** `shown`: the list (or print) is what the element shows now. */
  loadEventList(shown: () => boolean): void {
    this.eventListLoading ??= import('../view/event-list.js').then((list) => {
      this.eventList = list;
      adoptStyles(this.host, list.eventListStyles);
      // It arrives during the first render, most often: an update then, with nothing new to
      // show, would land between the data and its first painted frame.
      if (shown()) this.host.requestUpdate();
    });
  }

  /**
   * Fetches the list ahead, once the drawing is shown and the page is idle: there before a
   * reader opens it or prints (which lays the page out at once), and never between the data
   * and the drawing's first painted frame, where its module's evaluation and styles cost
   * some 3 ms.
   */
  fetchEventListAhead(shown: () => boolean): void {
    if (this.listAhead) return;
    this.listAhead = true;
    whenIdle(() => this.loadEventList(shown));
  }

  /** Resolves once the list is there, when the frame waits for it; undefined otherwise. */
  listArrival(): Promise<void> | undefined {
    const waiting = !this.eventList && !!this.host.shadowRoot?.querySelector('.list-frame');
    return waiting ? this.eventListLoading : undefined;
  }

  /** Starts keeping the hash in step, the first time the page asks for it. */
  linkHash(): void {
    if (this.host.linkHash === null) return;
    this.hashLink ??= import('../controllers/hash-controller.js').then(
      ({ HashController }) => new HashController(this.host),
    );
  }
}
