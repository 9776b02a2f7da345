import type { ReactiveController, ReactiveElement } from 'lit';
import type { Category } from '../data/model.js';

/** What the legend holds: it is measured again when either changes. */
export interface LegendFitContext {
  categories(): readonly Category[] | undefined;
  lang(): string;
}

/**
 * How the legend sits beside the search box: in one row, wrapped onto a second line when one
 * is not enough, or folded into a "Categories" button that opens it as a menu.
 */
export type LegendLayout = 'row' | 'wrap' | 'fold';

/**
 * Fits the legend to the room beside the search box, so every category stays in reach without
 * scrolling sideways: a phone, long names or many categories fold it into a menu. Its entries
 * are measured when the dataset, the language or the room for them changes, so a zoom frame
 * costs a comparison here; and again once they can be measured, when the widget is shown (a
 * tab panel, a closed `<details>`) or the page's fonts have loaded.
 */
export class LegendFitController implements ReactiveController {
  layout: LegendLayout = 'row';
  /** Widths of the entries in one row, and the space the row adds around and between them. */
  private entries: readonly number[] = [];
  private gap = 0;
  private padding = 0;
  private fontSize = '';
  private measuredFor?: readonly [readonly Category[] | undefined, string];
  private room = 0;
  private slot?: HTMLElement;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveElement,
    private readonly context: LegendFitContext,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // An update can still run after removal (a frame queued by the observer): watching then
    // would keep an observer on an element that is gone.
    if (!this.host.isConnected) return;
    const slot = this.slot?.isConnected
      ? this.slot
      : (this.host.renderRoot.querySelector<HTMLElement>('.legend-slot') ?? undefined);
    if (slot !== this.slot) this.watch(slot);
    if (!slot) return;
    const categories = this.context.categories();
    const lang = this.context.lang();
    const measured = this.measuredFor;
    if (measured && measured[0] === categories && measured[1] === lang) return;
    // Laid out in one row in this update, measured, and refitted in the next: all before the
    // browser paints, so the row is never seen cut.
    if (this.layout !== 'row') return this.use('row');
    const legend = slot.querySelector('.legend');
    if (!legend) return;
    // Hidden (display: none somewhere above): nothing has a size yet. The observer tells when
    // the slot gets one, and the entries are measured then.
    if (!(slot.clientWidth > 0)) return;
    const style = getComputedStyle(legend);
    this.measuredFor = [categories, lang];
    // Entries measured on screen, in CSS pixels like the room: a deck or a page may scale the
    // widget with a transform (0.8 in a reveal.js slide), and on-screen widths shrink with it.
    const scale = slot.getBoundingClientRect().width / slot.offsetWidth || 1;
    this.entries = [...legend.children].map((entry) => entry.getBoundingClientRect().width / scale);
    this.gap = parseFloat(style.columnGap) || 0;
    this.padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    this.fontSize = getComputedStyle(slot).fontSize;
    this.room = slot.clientWidth;
    this.fit();
  }

  /** How many lines the entries take in `room` pixels, each entry whole on one line. */
  private lines(room: number): number {
    let lines = 1;
    let used = this.padding;
    for (const width of this.entries) {
      const next = used === this.padding ? used + width : used + this.gap + width;
      if (next > room + 1 && used !== this.padding) {
        lines++;
        used = this.padding + width;
      } else used = next;
    }
    return lines;
  }

  private fit(): void {
    // No room at all: the widget is hidden; keep what it was.
    if (!(this.room > 0) || !this.entries.length) return;
    const lines = this.lines(this.room);
    this.use(lines === 1 ? 'row' : lines === 2 ? 'wrap' : 'fold');
  }

  private use(layout: LegendLayout): void {
    if (layout === this.layout) return;
    this.layout = layout;
    // Asked for once the update that measured has completed, as an update of its own: asked
    // from inside it (hostUpdated), Lit's development build warns of a cascade. A microtask
    // still runs it before the browser paints.
    queueMicrotask(() => this.host.requestUpdate());
  }

  private watch(slot: HTMLElement | undefined): void {
    this.observer?.disconnect();
    this.slot = slot;
    if (!slot) return;
    this.observer ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box || Math.round(box.width) === this.room) return;
      this.room = Math.round(box.width);
      // Next frame, as wrapping changes the drawing's height, which must not be resized from
      // inside this observer's turn (a ResizeObserver loop).
      requestAnimationFrame(() => {
        // Never measured (the widget was hidden until now), or the type grew or shrank with the
        // width (a presentation's follows the viewport): the entries are measured again. Else
        // the widths known do, and an open menu stays open.
        if (
          !this.measuredFor ||
          (this.slot && getComputedStyle(this.slot).fontSize !== this.fontSize)
        ) {
          this.remeasure();
        } else this.fit();
      });
    });
    this.observer.observe(slot);
  }

  /** Measures the entries again in the next update (their text may have changed size). */
  private readonly remeasure = (): void => {
    this.measuredFor = undefined;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    if (this.slot) this.observer?.observe(this.slot);
    // A web font that arrives after the entries were measured in a fallback font
    // (view/measure-text.ts sends it, in every engine).
    document.fonts?.addEventListener('dt-fonts', this.remeasure);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    document.fonts?.removeEventListener('dt-fonts', this.remeasure);
  }
}
