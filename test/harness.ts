// How tests meet the element: mount it, find what a reader finds (a part, or a role and an
// accessible name), and wait for what it announces. Tests then name what they look for, not
// the shadow root's markup, so a change of markup touches this file, not every test.
import { expect, fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../src/diplomacy-timeline.js';
import type { TimelineEventDetails, TimelineEventName } from '../src/events.js';
import { DEFAULT_DATASET, accessibleName, drawn } from './helpers.js';
import { allByRole, scope } from './roles.js';

export { allByRole, byRole, perceivable, roleOf } from './roles.js';

export interface MountOptions {
  /** A dataset object, set as the `data` property. */
  data?: unknown;
  /** A dataset address, set as `src`. */
  src?: string;
  /** Attributes set before the element joins the page (`lang`, `mode`, `start` …). */
  attributes?: Record<string, string>;
  /** The element's box in px, 1000 × 420 unless given; null leaves the size to the styles. */
  size?: readonly [number, number] | null;
  /** More inline CSS for the element (`font-size: 28px`). */
  style?: string;
  /** Puts the element in the page, e.g. between two links; by default in a fresh fixture. */
  place?: (el: DiplomacyTimeline) => void;
  /**
   * `load` (default): until `timeline-load` and, when there are events, the marks drawn.
   * `update`: until the first render only, for tests that watch loading or failing.
   */
  wait?: 'load' | 'update';
}

/** Mounts a timeline as a page would: attributes and dataset first, then into the page. */
export async function mount(options: MountOptions = {}): Promise<DiplomacyTimeline> {
  const el = document.createElement('diplomacy-timeline');
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    el.setAttribute(name, value);
  }
  const [width, height] = options.size === undefined ? [1000, 420] : (options.size ?? []);
  el.style.cssText = [width === undefined ? '' : `width: ${width}px; height: ${height}px`]
    .concat(options.style ?? [])
    .join('; ');
  if (options.data !== undefined) el.data = options.data;
  if (options.src !== undefined) el.src = options.src;
  // Heard before the element connects: an inline dataset may load in the first update.
  const load = options.wait === 'update' ? undefined : loaded(el);
  if (options.place) options.place(el);
  else (await fixture<HTMLElement>(html`<div></div>`)).append(el);
  if (!load) {
    await el.updateComplete;
    return el;
  }
  const dataset = await load;
  if (dataset.events.length > 0) await drawn(el);
  return el;
}

/**
 * Mounts a timeline between two focusable elements of the page (`#before` and `#after`,
 * links or buttons), for walking in and out of it with Tab.
 */
export async function mountBetween(options: MountOptions, tag: 'a' | 'button' = 'button') {
  const page = await fixture<HTMLElement>(html`<div></div>`);
  const focusable = (id: string): HTMLElement => {
    const element = document.createElement(tag);
    element.id = id;
    element.textContent = id;
    if (element instanceof HTMLAnchorElement) element.href = `#${id}`;
    page.append(element);
    return element;
  };
  const before = focusable('before');
  const after = focusable('after');
  const el = await mount({ ...options, place: (el) => after.before(el) });
  return { el, before, after };
}

function next<K extends TimelineEventName>(
  el: DiplomacyTimeline,
  name: K,
): Promise<TimelineEventDetails[K]> {
  return new Promise((resolve) =>
    el.addEventListener(name, (event) => resolve(event.detail as TimelineEventDetails[K]), {
      once: true,
    }),
  );
}

/**
 * The dataset of the next `timeline-load`; fails with the message of a `timeline-error` that
 * comes first. Ask before the change that loads, as with any event.
 */
export function loaded(
  el: DiplomacyTimeline,
): Promise<TimelineEventDetails['timeline-load']['dataset']> {
  return Promise.race([
    next(el, 'timeline-load').then(({ dataset }) => dataset),
    next(el, 'timeline-error').then(({ message }) => {
      throw new Error(`the timeline failed to load: ${message}`);
    }),
  ]);
}

/** The detail of the next `timeline-error`. */
export function failed(el: DiplomacyTimeline): Promise<TimelineEventDetails['timeline-error']> {
  return next(el, 'timeline-error');
}

/** The detail of the next `timeline-rangechange`: the range once a zoom or pan settles. */
export function nextRangeChange(
  el: DiplomacyTimeline,
): Promise<TimelineEventDetails['timeline-rangechange']> {
  return next(el, 'timeline-rangechange');
}

/** The detail of the next `timeline-select`. */
export function nextSelect(
  el: DiplomacyTimeline,
): Promise<TimelineEventDetails['timeline-select']> {
  return next(el, 'timeline-select');
}

/** Every element carrying one of the parts `names` (any part, given none), as `::part()` would match it. */
export function parts<T extends Element = HTMLElement>(within: Element, ...names: string[]): T[] {
  const selector = names.length ? names.map((name) => `[part~="${name}"]`).join(', ') : '[part]';
  return [...scope(within).querySelectorAll<T>(selector)];
}

/** The first element carrying the part `name`, or null when there is none (yet). */
export function findPart<T extends Element = HTMLElement>(within: Element, name: string): T | null {
  return parts<T>(within, name)[0] ?? null;
}

/** The first element carrying the part `name`; throws when there is none. */
export function part<T extends Element = HTMLElement>(within: Element, name: string): T {
  const found = findPart<T>(within, name);
  if (!found) throw new Error(`no part "${name}" in ${within.localName}`);
  return found;
}

/** Whether the timeline shows what it loaded: marks, clusters, or a slide in presentation. */
export function isDrawn(el: Element): boolean {
  return parts(el, 'event', 'range', 'cluster', 'slide').length > 0;
}

/** Every part name the timeline renders now, each once: what `::part()` can reach. */
export function partNames(el: Element): string[] {
  const names = parts(el).flatMap((node) => node.getAttribute('part')!.split(/\s+/));
  return [...new Set(names)];
}

/** The event marks that show their label (a bare dot's label is for screen readers only). */
export function labelledMarks(el: Element): HTMLElement[] {
  return parts(el, 'event').filter((mark) => !mark.classList.contains('bare'));
}

/** The event marks drawn as bare dots, with no label shown. */
export function bareMarks(el: Element): HTMLElement[] {
  return parts(el, 'event').filter((mark) => mark.classList.contains('bare'));
}

const shown = (label: HTMLElement) => !label.classList.contains('visually-hidden');

/** The labels a sighted reader sees on the event marks. */
export function markLabels(el: Element): HTMLElement[] {
  return parts(el, 'event')
    .map((mark) => part(mark, 'label'))
    .filter(shown);
}

/** The labels a sighted reader sees on the marks (bare dots left out) and range bars. */
export function shownLabels(el: Element): HTMLElement[] {
  return [...labelledMarks(el), ...parts(el, 'range')]
    .map((mark) => part(mark, 'label'))
    .filter(shown);
}

/** Whether the widget is laid out upright (a kiosk on a portrait screen). */
export function isPortrait(el: Element): boolean {
  return !!scope(el).querySelector('.frame.portrait');
}

/** The mark drawn for event `index` (its place in the dataset), or null when none is drawn. */
export function markAt(el: Element, index: number): HTMLElement | null {
  return parts(el, 'event').find((mark) => mark.dataset.index === String(index)) ?? null;
}

/** The dot of an event mark: where the event's date sits on the axis. */
export function dotOf(mark: Element): HTMLElement {
  const dot = mark.querySelector<HTMLElement>('.dot');
  if (!dot) throw new Error('the mark has no dot');
  return dot;
}

/** The elements holding the drawing's roving Tab stop (tabindex 0), inside `within`. */
export function tabStops(within: Element): HTMLElement[] {
  return [...scope(within).querySelectorAll<HTMLElement>('[tabindex="0"]')];
}

/** Every button and summary the timeline renders, shown or not: what a pointer may press. */
export function pressables(el: Element): HTMLElement[] {
  return [...scope(el).querySelectorAll<HTMLElement>('button, summary')];
}

/** How the legend is laid out: one row, wrapped onto two, or folded behind its button. */
export function legendLayout(el: Element): 'row' | 'wrap' | 'fold' {
  if (findPart(el, 'legend-toggle')?.checkVisibility()) return 'fold';
  return scope(el).querySelector('.legend.wrap') ? 'wrap' : 'row';
}

/** The legend's entries shown in its row, not in the menu its button opens when folded. */
export function legendRowItems(el: Element): HTMLElement[] {
  return parts(el, 'legend-item').filter(
    (item) => item.checkVisibility() && !item.closest('.legend-menu'),
  );
}

/** The message standing in for the drawing while it loads or has no events, if shown. */
export function statusMessage(el: Element): HTMLElement | null {
  // Not the drawing's live region, which is always there (visually hidden) to announce.
  return scope(el).querySelector<HTMLElement>('[role="status"].status');
}

/** The title of the open detail card (its heading), or null when no card is open. */
export function cardTitle(el: Element): HTMLElement | null {
  const card = findPart(el, 'detail');
  return card && (allByRole(card, 'heading')[0] ?? null);
}

/** The text of what `element`'s aria-describedby names: what a reader hears after its name. */
export function description(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

/** The element holding focus inside the timeline, if any. */
export function focused(el: DiplomacyTimeline): Element | null {
  return el.shadowRoot!.activeElement;
}

/** The length of the range shown, in ms. */
export function span(el: DiplomacyTimeline): number {
  const { start, end } = el.visibleRange;
  return end.getTime() - start.getTime();
}

/**
 * Turns the wheel over the middle of the drawing (or at `at`, in the viewport of the page
 * holding the timeline), as a mouse would; the event's `defaultPrevented` then tells whether
 * the widget took it from the page.
 */
export function wheel(
  el: DiplomacyTimeline,
  delta: { deltaX?: number; deltaY?: number },
  at?: readonly [number, number],
) {
  const plot = part(el, 'plot');
  const box = plot.getBoundingClientRect();
  const [x, y] = at ?? [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
  // The page's own WheelEvent: a timeline in a frame sees events of its window.
  const view = (el.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const event = new view.WheelEvent('wheel', {
    ...delta,
    deltaMode: 0,
    clientX: x,
    clientY: y,
    bubbles: true,
    cancelable: true,
    composed: true,
    view,
  });
  plot.dispatchEvent(event);
  return event;
}

/**
 * Presses each mark of a fresh 375 px Indonesian widget (labels long enough to crowd) at its
 * label's centre with `press`, and checks that its own card opened. A fresh widget each time:
 * a choice moves the view, which a closed card leaves moved.
 */
export async function pressEachPhoneMark(
  press: (el: DiplomacyTimeline, at: [number, number]) => Promise<void>,
): Promise<void> {
  const mountIt = () =>
    mount({ src: DEFAULT_DATASET, attributes: { lang: 'id' }, size: [375, 416] });
  const first = await mountIt();
  const count = first.shadowRoot!.querySelectorAll('.mark').length;
  expect(count).to.be.greaterThan(8);
  first.remove();
  for (let i = 0; i < count; i++) {
    const el = await mountIt();
    const mark = el.shadowRoot!.querySelectorAll<HTMLElement>('.mark')[i]!;
    const name = accessibleName(mark);
    const box = (mark.querySelector('.label') ?? mark).getBoundingClientRect();
    await press(el, [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]);
    await el.updateComplete;
    expect(el.selected, name).to.be.a('string');
    expect(name).to.contain(accessibleName(part(el, 'detail')));
    // Out of the way of the next, which would otherwise sit below it, off the screen.
    el.remove();
  }
}
