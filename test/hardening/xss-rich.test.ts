import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/data/model.js';
import {
  hostileMedia,
  hostileMediaKinds,
  hostileRichText,
  hostileTimelineJs,
} from '../fixtures/xss-forms.js';
import { XSS_GROUPS, XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { part, parts } from '../harness.js';
import { until } from '../helpers.js';
import { auditShadowDom } from './dom-audit.js';
import {
  SPLIT_SCHEME,
  auditRichText,
  blobUrl,
  exerciseCards,
  mountEmpty,
  settled,
  watchForScripts,
} from './xss-audit.js';

describe('hostile rich text, media and modes in a dataset', function () {
  this.timeout(120_000);
  watchForScripts();

  it('shows a TimelineJS file of payloads (headline, HTML text, media, eras) as text', async () => {
    const el = await mountEmpty();
    const loaded = settled(el);
    el.src = blobUrl(JSON.stringify(hostileTimelineJs(XSS_PAYLOADS)), 'application/json');
    expect(await exerciseCards(el, await loaded)).to.deep.equal([]);
    // The converter kept p, b, i and a; links to anything but http(s) and mailto were dropped.
    // Which elements the converter wrote is markup, not what a reader meets: read the shadow root.
    const root = el.shadowRoot!;
    el.select('tl-0');
    await el.updateComplete;
    expect(root.querySelector('.detail-description strong')).to.exist;
    expect(root.querySelector('.detail-description em')).to.exist;
  });

  it('keeps rich-text descriptions to p, strong, em and safe links, and drops the rest', async () => {
    const el = await mountEmpty();
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
    // Every anchor the converter wrote, shown or not, so the raw markup of the card's text.
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
    const el = await mountEmpty();
    const loaded = settled(el);
    // The first event's description must show bold text, the sign the sanitiser has arrived;
    // these payloads open with white space, which bold markup does not take.
    el.data = hostileMedia(['first', ...XSS_PAYLOADS.filter((p) => SPLIT_SCHEME.test(p))]);
    expect(await exerciseCards(el, await loaded)).to.deep.equal([]);
  });

  it('shows images only from http(s) addresses, with hostile alt and credit as text', async () => {
    const sources = [...XSS_PAYLOADS, ...XSS_GROUPS['URLs with scheme tricks (for link fields)']!];
    const el = await mountEmpty();
    const loaded = settled(el);
    el.data = hostileMedia(sources);
    expect(await exerciseCards(el, await loaded)).to.deep.equal([]);
    // Alt text reached the image whole, as an attribute value.
    el.select('m-0');
    await el.updateComplete;
    const image = part(el, 'detail-media').querySelector('img')!;
    expect(image.getAttribute('alt')).to.equal(sources[0]);
  });

  it('shows hostile quotes, captions, credits and provider addresses as text, and frames only players', async () => {
    const el = await mountEmpty();
    const loaded = settled(el);
    // The first payload opens with white space, which bold markup does not take.
    el.data = hostileMediaKinds(['first', ...XSS_PAYLOADS]);
    const { events } = ((await loaded) as CustomEvent<{ dataset: Dataset }>).detail.dataset;
    // The audit walks every node and address the widget wrote, hidden or not: the raw shadow root.
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
      const el = await mountEmpty();
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
      // The audit walks every node the mode wrote, hidden or not: the raw shadow root.
      const root = el.shadowRoot!;
      const { events } = (event as CustomEvent<{ dataset: Dataset }>).detail.dataset;
      // The mode's chunk has arrived: the first event shows as a slide, or with QR codes.
      el.select(events[0]!.id);
      await until(() =>
        mode === 'kiosk' ? parts(el, 'qr')[0]?.querySelector('path') : parts(el, 'slide')[0],
      );
      const found: string[] = [];
      for (const e of events) {
        el.select(e.id);
        await el.updateComplete;
        found.push(...auditShadowDom(root), ...auditRichText(root));
      }
      expect([...new Set(found)], mode).to.deep.equal([]);
      const shown = parts(el, mode === 'kiosk' ? 'qr' : 'slide');
      expect(shown, `the last event, in ${mode} mode`).not.to.be.empty;
    }
  });
});
