import { expect, fixture, html } from '@open-wc/testing';
import { csvFormatRows } from 'd3-dsv';
import '../../src/index.js';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import type { Dataset } from '../../src/data/model.js';
import {
  hostileMedia,
  hostileMediaKinds,
  hostileRichText,
  hostileTimelineJs,
} from '../fixtures/xss-forms.js';
import { XSS_GROUPS, XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { accessibleName, until } from '../helpers.js';
import { auditShadowDom, trapScripts } from './dom-audit.js';

const HEADER = [
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
function hostileJson(payloads: readonly string[]) {
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

function hostileCsv(payloads: readonly string[]): string {
  return csvFormatRows([
    HEADER,
    ...payloads.map((p, i) => [`${p}#${i}`, String(1700 + i), '', p, p, p, p, `${p}#${i}`, p, p]),
  ]);
}

function blobUrl(body: string, type: string): string {
  return URL.createObjectURL(new Blob([body], { type }));
}

/** Waits for the outcome of a load: the event the element fires. */
function settled(el: DiplomacyTimeline): Promise<Event> {
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

async function mount(): Promise<DiplomacyTimeline> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <diplomacy-timeline timeout="3" style="width: 1000px; height: 420px"></diplomacy-timeline>
    </div>`,
  );
  return wrapper.querySelector('diplomacy-timeline')!;
}

/**
 * Shows every part of a loaded hostile dataset that holds its text: the drawing in windows of
 * 15 years (marks labelled with titles), each event's detail card, and the list of events.
 * Audits the shadow DOM at each step and checks the text arrived whole, as text.
 */
async function exercise(
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
    const card = root.querySelector('.detail')!;
    const title = card.querySelector('h2')!.textContent;
    if (title !== expected[e.index]) found.push(`title shown as ${JSON.stringify(title)}`);
    found.push(...auditShadowDom(root));
  }
  el.select(null);
  root.querySelector<HTMLButtonElement>('.list-toggle')!.click();
  await el.updateComplete;
  const titles = [...root.querySelectorAll('.list-title')].map((b) => b.textContent!.trim());
  expect(titles).to.deep.equal(expected.map((p) => p.trim()));
  found.push(...auditShadowDom(root));
  // Each finding once: the same template fault repeats for every event.
  return [...new Set(found)];
}

/** A URL scheme with control characters or spaces in it or before it (`java\tscript:`). */
const SPLIT_SCHEME = /^[\x00-\x20]*[a-z][\x00-\x20a-z]*[\x00-\x20][\x00-\x20a-z]*:|^[\x00-\x1f]/i;
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;
/** What DOMPurify may leave in a description: p, strong, em and a[href, rel, target]. */
const RICH_ELEMENTS = new Set(['div', 'p', 'strong', 'em', 'a']);

/** The sanitised descriptions shown under `root` hold only the rich-text subset. */
function auditRichText(root: ShadowRoot): string[] {
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
async function exerciseCards(el: DiplomacyTimeline, loaded: Event): Promise<string[]> {
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
  root.querySelector<HTMLButtonElement>('.list-toggle')!.click();
  await el.updateComplete;
  found.push(...auditShadowDom(root));
  return [...new Set(found)];
}

describe('hostile text in a dataset', function () {
  this.timeout(120_000);
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

  it('holds at least 200 distinct payloads', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(200);
  });

  it('audits what it should: foreign elements, handlers, links, styles, nested roots', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p class="x" onclick="x()">a</p><a href="javascript:x()">b</a>
      <span style="color:red;--dt-event-color:url(x)"></span><div></div><!--note-->`;
    root.querySelector('div')!.attachShadow({ mode: 'open' }).innerHTML =
      '<img src="javascript:x()" alt="a"><input type="text"><b data-category="c"></b>';
    expect(auditShadowDom(root)).to.deep.equal([
      'attribute onclick="x()" on <p>',
      'href "javascript:x()"',
      'style color: red on <span>',
      'style --dt-event-color: url(x) on <span>',
      'colour "url(x)"',
      'src "javascript:x()" on <img>',
      'input type "text"',
      'element <b>',
      'attribute data-category="c" on <b>',
      'comment <!--note-->',
    ]);
  });

  it('shows every payload in JSON as text, with only its own elements and safe links', async () => {
    const el = await mount();
    const loaded = settled(el);
    el.src = blobUrl(JSON.stringify(hostileJson(XSS_PAYLOADS)), 'application/json');
    expect(await exercise(el, await loaded, XSS_PAYLOADS)).to.deep.equal([]);
    // Only http, https and mailto links survived, and each still shows its label.
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).to.be.greaterThan(XSS_PAYLOADS.length);
    for (const href of hrefs) expect(href).to.match(/^(?:https?:\/\/|mailto:)/i);
  });

  it('does the same for the data property, where nothing passes through JSON text', async () => {
    const el = await mount();
    const loaded = settled(el);
    el.data = hostileJson(XSS_PAYLOADS);
    expect(await exercise(el, await loaded, XSS_PAYLOADS)).to.deep.equal([]);
  });

  it('shows every payload in CSV as text (cells are trimmed), with only safe links', async () => {
    const el = await mount();
    const loaded = settled(el);
    el.src = blobUrl(hostileCsv(XSS_PAYLOADS), 'text/csv');
    const trimmed = XSS_PAYLOADS.map((p) => p.trim());
    expect(await exercise(el, await loaded, trimmed)).to.deep.equal([]);
  });

  it('survives the payloads as raw, unquoted CSV: loaded or refused, never run', async () => {
    const el = await mount();
    for (const p of XSS_PAYLOADS) {
      const outcome = settled(el);
      el.src = blobUrl(`${HEADER.join(',')}\nx,2002,,${p},${p},${p},${p},,${p},${p}\n`, 'text/csv');
      await outcome;
      await el.updateComplete;
      expect(auditShadowDom(el.shadowRoot!), p).to.deep.equal([]);
    }
  });

  it('writes a payload that breaks the dataset into the error message as text', async () => {
    const el = await mount();
    for (const p of XSS_PAYLOADS) {
      const broken = [
        { events: [{ id: 'a', start: p, title: 'x' }] },
        { events: [{ id: 'a', start: '2002', title: 'x', category: p }] },
        {
          events: [
            { id: p, start: '2002', title: 'x' },
            { id: p, start: '2003', title: 'y' },
          ],
        },
        { events: [{ id: 'a', start: '2002', title: { [p]: 'x' } }] },
        {
          events: [{ id: 'a', start: '2002', title: 'x' }],
          categories: [{ id: 'c', label: 'c', color: p }],
        },
      ];
      for (const data of broken) {
        const outcome = settled(el);
        el.data = data;
        // A language key valibot will not copy (`__proto__`, `constructor`) leaves an empty title.
        if ((await outcome).type === 'timeline-error') {
          const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
          // The value the reader must fix is quoted as it was written, where the message quotes it.
          if (data === broken[0] || data === broken[2]) expect(alert.textContent, p).to.include(p);
        }
        expect(auditShadowDom(el.shadowRoot!), p).to.deep.equal([]);
      }
    }
  });

  it('treats a payload given as src, lang, start, end or selected as plain text', async () => {
    const el = await mount();
    for (const p of XSS_GROUPS['URLs with scheme tricks (for link fields)']!) {
      const outcome = settled(el);
      el.src = p;
      await outcome;
      await el.updateComplete;
      expect(auditShadowDom(el.shadowRoot!), p).to.deep.equal([]);
    }
    const loaded = settled(el);
    el.src = '/data/indonesia-digital-diplomacy.json';
    await loaded;
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const p of XSS_PAYLOADS) {
        el.lang = p;
        el.start = p;
        el.end = p;
        el.selected = p;
        await el.updateComplete;
        expect(auditShadowDom(el.shadowRoot!), p).to.deep.equal([]);
      }
    } finally {
      console.warn = warn;
    }
    // Still working: back in English, an event can be chosen.
    el.lang = 'en';
    el.start = '';
    el.end = '';
    el.select('dg-information-public-diplomacy');
    await el.updateComplete;
    expect(accessibleName(el.shadowRoot!.querySelector('.detail h2')!)).to.not.equal('');
  });

  it('shows a TimelineJS file of payloads (headline, HTML text, media, eras) as text', async () => {
    const el = await mount();
    const loaded = settled(el);
    el.src = blobUrl(JSON.stringify(hostileTimelineJs(XSS_PAYLOADS)), 'application/json');
    expect(await exerciseCards(el, await loaded)).to.deep.equal([]);
    // The converter kept p, b, i and a; links to anything but http(s) and mailto were dropped.
    const root = el.shadowRoot!;
    el.select('tl-0');
    await el.updateComplete;
    expect(root.querySelector('.detail-description strong')).to.exist;
    expect(root.querySelector('.detail-description em')).to.exist;
  });

  it('keeps rich-text descriptions to p, strong, em and safe links, and drops the rest', async () => {
    const el = await mount();
    const loaded = settled(el);
    el.data = {
      events: XSS_PAYLOADS.map((p, i) => ({
        id: `r-${i}`,
        start: String(1700 + i),
        title: `Rich ${i}`,
        description: i % 2 ? hostileRichText(p) : { en: hostileRichText(p), id: p },
      })),
    };
    expect(await exerciseCards(el, await loaded)).to.deep.equal([]);
    // The javascript:, data: and vbscript: links became their labels, as text.
    el.select('r-0');
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('.detail-description')!;
    const links = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.org/ok']);
    // Their labels stay as text; links the pattern does not read (a space in the address) stay
    // as the literal markup, text too.
    expect(card.textContent).to.include('yz w v[u]( javascript:alert(1))');
  });

  // The URL parser drops tabs, newlines and edge control characters, so `java\tscript:` is
  // javascript: by the time it reaches <img src>; the data layer reads addresses the same way.
  it('shows no image from a scheme split by control characters', async () => {
    const el = await mount();
    const loaded = settled(el);
    // The first event's description must show bold text, the sign the sanitiser has arrived;
    // these payloads open with white space, which bold markup does not take.
    el.data = hostileMedia(['first', ...XSS_PAYLOADS.filter((p) => SPLIT_SCHEME.test(p))]);
    expect(await exerciseCards(el, await loaded)).to.deep.equal([]);
  });

  it('shows images only from http(s) addresses, with hostile alt and credit as text', async () => {
    const sources = [...XSS_PAYLOADS, ...XSS_GROUPS['URLs with scheme tricks (for link fields)']!];
    const el = await mount();
    const loaded = settled(el);
    el.data = hostileMedia(sources);
    expect(await exerciseCards(el, await loaded)).to.deep.equal([]);
    // Alt text reached the image whole, as an attribute value.
    el.select('m-0');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.detail-media img')!.getAttribute('alt')).to.equal(
      sources[0],
    );
  });

  it('shows hostile quotes, captions, credits and provider addresses as text, and frames only players', async () => {
    const el = await mount();
    const loaded = settled(el);
    // The first payload opens with white space, which bold markup does not take.
    el.data = hostileMediaKinds(['first', ...XSS_PAYLOADS]);
    const { events } = ((await loaded) as CustomEvent<{ dataset: Dataset }>).detail.dataset;
    const root = el.shadowRoot!;
    el.select(events[0]!.id);
    // The media module and the sanitiser have arrived: the first quote shows in bold.
    await until(() => root.querySelector('.media-quote blockquote strong'));
    const found: string[] = [];
    const addresses = new Set<string>();
    for (const e of events) {
      el.select(e.id);
      await el.updateComplete;
      // Media are drawn a microtask after the card; those with an unsafe address not at all.
      await new Promise(requestAnimationFrame);
      root.querySelector<HTMLButtonElement>('.detail .media-play')?.click();
      await el.updateComplete;
      for (const link of root.querySelectorAll('.detail [href], .detail [src]')) {
        addresses.add(link.getAttribute('href') ?? link.getAttribute('src')!);
      }
      found.push(...auditShadowDom(root), ...auditRichText(root));
    }
    expect([...new Set(found)]).to.deep.equal([]);
    expect(
      [...addresses].filter((a) => /^\s*(?:javascript|data|vbscript):/i.test(a)),
    ).to.deep.equal([]);
    // Players were pressed and framed: the audit saw real frames, each from a player host.
    expect(
      [...addresses].some((a) => a.startsWith('https://www.youtube-nocookie.com/embed/')),
    ).to.equal(true);
  });

  it('holds in presentation slides and kiosk QR codes too', async () => {
    for (const mode of ['presentation', 'kiosk']) {
      const el = await mount();
      el.setAttribute('mode', mode);
      const loaded = settled(el);
      const data = hostileMedia(XSS_PAYLOADS);
      el.data = {
        ...data,
        events: data.events.map((e, i) => ({
          ...e,
          title: XSS_PAYLOADS[i],
          sources: [{ label: e.media.alt, url: `https://example.org/?q=${e.title}` }],
        })),
      };
      const event = await loaded;
      expect(event.type, mode).to.equal('timeline-load');
      const root = el.shadowRoot!;
      const { events } = (event as CustomEvent<{ dataset: Dataset }>).detail.dataset;
      // The mode's chunk has arrived: the first event shows as a slide, or with QR codes.
      el.select(events[0]!.id);
      await until(() =>
        root.querySelector(mode === 'kiosk' ? '[part="qr"] path' : '[part="slide"]'),
      );
      const found: string[] = [];
      for (const e of events) {
        el.select(e.id);
        await el.updateComplete;
        found.push(...auditShadowDom(root), ...auditRichText(root));
      }
      expect([...new Set(found)], mode).to.deep.equal([]);
      const shown = root.querySelector(mode === 'kiosk' ? '[part="qr"]' : '[part="slide"]');
      expect(shown, `the last event, in ${mode} mode`).to.exist;
    }
  });
});
