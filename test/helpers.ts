import { fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { DiplomacyTimeline } from '../src/diplomacy-timeline.js';

export const DEFAULT_DATASET = '/data/indonesia-digital-diplomacy.json';

/**
 * The name a screen reader announces for an element, as the accessible-name rules give it for
 * the markup we write: aria-label, else the text content without aria-hidden parts.
 */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = element.getRootNode() as Document | ShadowRoot;
    return labelledBy
      .split(/\s+/)
      .map((id) => (root.getElementById(id) ? accessibleName(root.getElementById(id)!) : ''))
      .join(' ')
      .trim();
  }
  let text = '';
  const walk = (node: Node) => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    node.childNodes.forEach(walk);
  };
  walk(element);
  return text.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
}

/** Mounts a timeline and waits until its dataset is loaded and drawn. */
export async function mountLoaded(
  template = html`<diplomacy-timeline
    src=${DEFAULT_DATASET}
    style="width: 1000px; height: 420px"
  ></diplomacy-timeline>`,
): Promise<DiplomacyTimeline> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('diplomacy-timeline')!;
  await drawn(el);
  return el;
}

/** The bundled dataset, in English, drawn in a box `width` × `height` px. */
export async function bundledIn(width: number, height = 416): Promise<DiplomacyTimeline> {
  const el = await fixture<DiplomacyTimeline>(
    html`<diplomacy-timeline
      lang="en"
      src=${DEFAULT_DATASET}
      style="display: block; width: ${width}px; height: ${height}px"
    ></diplomacy-timeline>`,
  );
  await drawn(el);
  return el;
}

/** Waits until the timeline shows marks (its size is known and the layout has run). */
export async function drawn(el: DiplomacyTimeline): Promise<void> {
  for (;;) {
    await el.updateComplete;
    if (el.shadowRoot!.querySelector('.mark, .cluster')) return;
    await new Promise(requestAnimationFrame);
  }
}

export function marks(el: DiplomacyTimeline): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.mark, .range')];
}

export function markNamed(el: DiplomacyTimeline, text: string): HTMLButtonElement | undefined {
  return marks(el).find((m) => accessibleName(m).includes(text));
}

/** Waits until `check` holds, one animation frame at a time (the test's own timeout bounds it). */
export async function until<T>(check: () => T | null | undefined | false): Promise<T> {
  for (;;) {
    const value = check();
    if (value) return value;
    await new Promise(requestAnimationFrame);
  }
}

/** The computed `user-select`: WebKit knows only the prefixed property (the styles set both). */
export function userSelect(el: Element): string {
  const style = getComputedStyle(el);
  return style.userSelect || style.webkitUserSelect;
}

/**
 * The words a reader sees in `node`, spaced as on screen: the no-break spaces that keep a
 * wrapped label's lines whole read as spaces, and the template's white space is dropped.
 */
export function shownText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}
