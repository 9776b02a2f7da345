import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type HashLink, linkRange, readHashLink, writeHashLink } from '../hash/hash-link.js';

/** The element as the hash link sees it: its public API, nothing more. */
export interface HashHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
  /** The key prefix (`link-hash="story"` → `#story-event=…`); '' means `dt`; null: off. */
  linkHash: string | null;
  zoomTo(start: Date | string, end: Date | string): void;
}

/**
 * Keeps the chosen event and the view in the host page's URL hash (`link-hash`), so a reader
 * can share a link to one event and the back button steps back through their choices.
 *
 * Choosing an event adds a history entry; zooming and panning only rewrite the current one
 * (a history of every wheel turn would make Back useless). Back, Forward and an edited hash
 * are applied to the widget. It listens to the element's own events, so the element needs no
 * wiring beyond creating it, and it is loaded only by pages that set `link-hash`.
 */
export class HashController implements ReactiveController {
  constructor(private readonly host: HashHost) {
    host.addController(this);
  }

  private get prefix(): string {
    return this.host.linkHash || 'dt';
  }

  private get on(): boolean {
    return this.host.linkHash !== null;
  }

  hostConnected(): void {
    addEventListener('popstate', this.onNavigate);
    addEventListener('hashchange', this.onNavigate);
    this.host.addEventListener('timeline-select', this.onSelect);
    this.host.addEventListener('timeline-rangechange', this.onRange);
    if (!this.on) return;
    // A shared link: what it names wins over the page's attributes; what it omits is left.
    const link = readHashLink(location.hash, this.prefix);
    this.apply(link, false);
    // This controller arrives after the element's first update: a choice made by then is kept.
    if (!link.event && this.host.selected)
      this.write({ ...link, event: this.host.selected }, false);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onNavigate);
    removeEventListener('hashchange', this.onNavigate);
    this.host.removeEventListener('timeline-select', this.onSelect);
    this.host.removeEventListener('timeline-rangechange', this.onRange);
  }

  private readonly onNavigate = () => {
    if (this.on) this.apply(readHashLink(location.hash, this.prefix), true);
  };

  private readonly onSelect = (event: HTMLElementEventMap['timeline-select']) => {
    if (!this.on) return;
    const link = readHashLink(location.hash, this.prefix);
    if ((link.event ?? null) === event.detail.id) return;
    this.write(
      {
        ...(link.range ? { range: link.range } : {}),
        ...(event.detail.id ? { event: event.detail.id } : {}),
      },
      true,
    );
  };

  private readonly onRange = (event: HTMLElementEventMap['timeline-rangechange']) => {
    // The initial view is never reported, so only a reader's zoom or pan is written.
    if (!this.on) return;
    const range = linkRange(event.detail.start.getTime(), event.detail.end.getTime());
    this.write({ ...readHashLink(location.hash, this.prefix), range }, false);
  };

  /** Shows what a link names; `absent` also clears the choice when the link names none. */
  private apply(link: HashLink, absent: boolean): void {
    if (link.range) this.host.zoomTo(link.range[0], link.range[1]);
    if (link.event) this.host.selected = link.event;
    else if (absent) this.host.selected = null;
  }

  private write(link: HashLink, newEntry: boolean): void {
    const hash = writeHashLink(location.hash, this.prefix, link);
    if (hash === location.hash || (hash === '' && !location.hash)) return;
    // The whole address, not a relative one: a <base href> or an about:srcdoc page would
    // resolve that elsewhere. An empty hash leaves no bare '#'.
    const url = location.href.replace(/#.*$/, '') + hash;
    try {
      if (newEntry) history.pushState(null, '', url);
      else history.replaceState(history.state, '', url);
    } catch {
      // A sandboxed frame may refuse history changes: the link is lost, the page is not.
    }
  }
}
