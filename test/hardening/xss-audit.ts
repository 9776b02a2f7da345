// What the hostile-text tests share: datasets built of payloads, and walks through every
// part of the widget that shows their text, auditing the shadow DOM at each step.
import { expect } from '@open-wc/testing';
import { csvFormatRows } from 'd3-dsv';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import type { Dataset } from '../../src/data/model.js';
import { byRole, mount, part } from '../harness.js';
import { until } from '../helpers.js';
import { auditShadowDom, trapScripts } from './dom-audit.js';

export const HEADER = [
  'id',
  'start',
  'end',
  'title_id',
  'title_en',
  'description_id',
  'description_en',
  'category',
  'source_label',
  'source_url',
];

/** Payload i in every text and URL field of event i; one event a year from 1700. */
export function hostileJson(payloads: readonly string[]) {
  return {
    $schema: payloads[0],
    title: { en: payloads[0], id: payloads[1] },
    description: payloads[2],
    categories: payloads.map((p, i) => ({ id: `${p}#${i}`, label: { en: p, id: p } })),
    events: payloads.map((p, i) => ({
      id: `${p}#${i}`,
      start: String(1700 + i),
      title: i % 2 ? p : { en: p, id: p },
      description: i % 3 ? p : { en: p, id: `${p}\n\n${p}` },
      category: `${p}#${i}`,
      sources: [
        { label: p, url: p },
        { label: { en: p, id: p }, url: `https://example.org/?q=${p}` },
        { label: p },
      ],
    })),
  };
}

export function hostileCsv(payloads: readonly string[]): string {
  return csvFormatRows([
    HEADER,
    ...payloads.map((p, i) => [`${p}#${i}`, String(1700 + i), '', p, p, p, p, `${p}#${i}`, p, p]),
  ]);
}

export function blobUrl(body: string, type: string): string {
  return URL.createObjectURL(new Blob([body], { type }));
}

/** Waits for the outcome of a load: the event the element fires. */
export function settled(el: DiplomacyTimeline): Promise<Event> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      el.removeEventListener('timeline-load', done);
      el.removeEventListener('timeline-error', done);
      resolve(event);
    };
    el.addEventListener('timeline-load', done);
    el.addEventListener('timeline-error', done);
  });
}

/** A timeline that gives up on a `src` after 3 s, waiting for a hostile dataset. */
export function mountEmpty(): Promise<DiplomacyTimeline> {
  return mount({ attributes: { timeout: '3' }, wait: 'update' });
}

/**
 * Shows every part of a loaded hostile dataset that holds its text: the drawing in windows of
 * 15 years (marks labelled with titles), each event's detail card, and the list of events.
 * Audits the shadow DOM at each step and checks the text arrived whole, as text.
 */
export async function exercise(
  el: DiplomacyTimeline,
  loaded: Event,
  expected: readonly string[],
): Promise<string[]> {
  expect(loaded.type).to.equal('timeline-load');
  const root = el.shadowRoot!;
  const found: string[] = [];
  for (let year = 1700; year < 1700 + expected.length; year += 15) {
    el.zoomTo(String(year), String(year + 16));
    await el.updateComplete;
    found.push(...auditShadowDom(root));
  }
  const { events } = (loaded as CustomEvent<{ dataset: Dataset }>).detail.dataset;
  for (const e of events) {
    el.select(e.id);
    await el.updateComplete;
    const title = byRole(part(el, 'detail'), 'heading').textContent;
    if (title !== expected[e.index]) found.push(`title shown as ${JSON.stringify(title)}`);
    found.push(...auditShadowDom(root));
  }
  el.select(null);
  byRole(el, 'button', 'List').click();
  await el.updateComplete;
  const titles = [...root.querySelectorAll('.list-title')].map((b) => b.textContent!.trim());
  expect(titles).to.deep.equal(expected.map((p) => p.trim()));
  found.push(...auditShadowDom(root));
  // Each finding once: the same template fault repeats for every event.
  return [...new Set(found)];
}

/** A URL scheme with control characters or spaces in it or before it (`java\tscript:`). */
export const SPLIT_SCHEME =
  /^[\x00-\x20]*[a-z][\x00-\x20a-z]*[\x00-\x20][\x00-\x20a-z]*:|^[\x00-\x1f]/i;
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;
/** What DOMPurify may leave in a description: p, strong, em and a[href, rel, target]. */
const RICH_ELEMENTS = new Set(['div', 'p', 'strong', 'em', 'a']);

/** The sanitised descriptions shown under `root` hold only the rich-text subset. */
export function auditRichText(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const box of root.querySelectorAll('.detail-description, .slide-description')) {
    for (const element of box.querySelectorAll('*')) {
      const tag = element.localName;
      if (!RICH_ELEMENTS.has(tag)) found.push(`rich text <${tag}>`);
      for (const { name, value } of element.attributes) {
        const allowed =
          tag === 'a'
            ? ['href', 'rel', 'target'].includes(name)
            : tag === 'div' && element.parentElement === box && name === 'class';
        if (!allowed) found.push(`rich text ${name}="${value}" on <${tag}>`);
      }
      // DOMPurify drops an href it refuses and keeps the label: an `<a>` with none is inert.
      const href = element.getAttribute('href');
      if (tag === 'a' && href !== null && !SAFE_LINK.test(href)) {
        found.push(`rich text link ${element.outerHTML} in ${JSON.stringify(box.textContent)}`);
      }
    }
  }
  return found;
}

/**
 * Opens each event's card in turn once the sanitiser has arrived (the first rich description
 * fetches it), auditing the shadow DOM and the rich text at each; then the drawing and list.
 */
export async function exerciseCards(el: DiplomacyTimeline, loaded: Event): Promise<string[]> {
  expect(loaded.type, JSON.stringify((loaded as CustomEvent).detail?.message ?? '')).to.equal(
    'timeline-load',
  );
  const root = el.shadowRoot!;
  const { events } = (loaded as CustomEvent<{ dataset: Dataset }>).detail.dataset;
  const found: string[] = [];
  el.select(events[0]!.id);
  await until(() => root.querySelector('.detail-description strong'));
  for (const e of events) {
    el.select(e.id);
    await el.updateComplete;
    found.push(...auditShadowDom(root), ...auditRichText(root));
  }
  el.select(null);
  for (let year = 1700; year < 1700 + events.length; year += 15) {
    el.zoomTo(String(year), String(year + 16));
    await el.updateComplete;
    found.push(...auditShadowDom(root));
  }
  byRole(el, 'button', 'List').click();
  await el.updateComplete;
  found.push(...auditShadowDom(root));
  return [...new Set(found)];
}

/**
 * Fails each test in which a payload ran (a trapped script sink was touched) or an error
 * reached the page. Call inside a describe.
 */
export function watchForScripts(): void {
  let trap: ReturnType<typeof trapScripts>;
  const errors: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    errors.push('message' in event ? event.message : String(event.reason));

  before(() => {
    trap = trapScripts();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    trap.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    expect(trap.touched, 'a payload ran').to.deep.equal([]);
    expect(errors, 'an error reached the page').to.deep.equal([]);
  });
}
