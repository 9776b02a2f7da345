import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { datasetToList } from '../../src/data/inline-write.js';
import { readInline } from '../../src/data/inline.js';
import type { Dataset } from '../../src/data/model.js';
import { en } from '../../src/i18n/en.js';
import { auditShadowDom, trapScripts } from '../hardening/dom-audit.js';
import { allByRole, byRole, findPart, part, parts } from '../harness.js';
import { DEFAULT_DATASET, accessibleName, drawn, marks } from '../helpers.js';
import { timelineIn } from '../pages.js';

const SIZE = 'width: 1000px; height: 420px';

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((box) => box.remove()));

/** The outcome of each timeline's next load, heard from before it is connected. */
const outcomes = new WeakMap<Element, Promise<CustomEvent>>();

/** Mounts a timeline whose dataset (or none) is written inside it, as a page would hold it. */
async function mountWith(inner: string, attributes = ''): Promise<DiplomacyTimeline> {
  const box = document.createElement('div');
  box.innerHTML = `<diplomacy-timeline ${attributes} style="${SIZE}">${inner}</diplomacy-timeline>`;
  const el = box.querySelector('diplomacy-timeline')!;
  outcomes.set(el, settled(el));
  document.body.append(box);
  mounted.push(box);
  await el.updateComplete;
  return el;
}

/** Waits for the outcome of the element's next load. */
function settled(el: DiplomacyTimeline): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      el.removeEventListener('timeline-load', done);
      el.removeEventListener('timeline-error', done);
      resolve(event as CustomEvent);
    };
    el.addEventListener('timeline-load', done);
    el.addEventListener('timeline-error', done);
  });
}

/** The outcome of the load the element started when it was mounted. */
const outcome = (el: DiplomacyTimeline) => outcomes.get(el)!;

/** What a reader sees of a drawn timeline: the title, each mark's name and place, the legend. */
function picture(el: DiplomacyTimeline) {
  const { left, top } = el.getBoundingClientRect();
  return {
    title: findPart(el, 'title')?.textContent?.trim(),
    marks: marks(el).map((mark) => {
      const box = mark.getBoundingClientRect();
      return `${accessibleName(mark)} @ ${Math.round(box.left - left)},${Math.round(box.top - top)}`;
    }),
    // A list names its categories in the order it first uses them; a file, as it lists them.
    legend: parts(el, 'legend-item')
      .map(
        (item) =>
          `${accessibleName(item)} ${getComputedStyle(item).getPropertyValue('--dt-event-color')}`,
      )
      .sort(),
  };
}

/** The default dataset drawn from its file, and that dataset as a page loaded it. */
async function fromSrc(): Promise<{ seen: ReturnType<typeof picture>; dataset: Dataset }> {
  const el = await mountWith('', `src="${DEFAULT_DATASET}"`);
  const loaded = await outcome(el);
  await drawn(el);
  return { seen: picture(el), dataset: loaded.detail.dataset };
}

describe('a dataset written inside the element', () => {
  it('draws a <script type="application/json"> child as it draws the same file from src', async () => {
    const { seen } = await fromSrc();
    const json = await (await fetch(DEFAULT_DATASET)).text();
    const el = await mountWith(`<script type="application/json">${json}</script>`);
    await drawn(el);
    expect(picture(el)).to.deep.equal(seen);
    expect(seen.marks.length).to.be.greaterThan(5);
  });

  it('draws the list `diplomacy-timeline html` writes as it draws the file from src', async () => {
    const { seen, dataset } = await fromSrc();
    const el = await mountWith(datasetToList(dataset, en));
    await drawn(el);
    expect(picture(el)).to.deep.equal(seen);
  });

  it('reads a list written by hand: loose titles, ranges, categories, links made absolute', async () => {
    const host = document.createElement('div');
    host.innerHTML = `
      <h2>Our history</h2>
      <ol>
        <li data-category="people"><time datetime="2016-06">June 2016</time> We open the office
          <p>First paragraph.</p><p>Second <b>paragraph</b>.</p>
          <a href="/about.html">About us</a> <a href="mailto:a@example.org">Write</a> <cite>Minutes, 2016</cite>
        </li>
        <li data-id="move" data-circa><time datetime="1998">1998</time>–<time datetime="2001">2001</time>
          <strong>The move</strong> (a long one)</li>
      </ol>`;
    expect(readInline(host)).to.deep.equal({
      title: 'Our history',
      categories: [{ id: 'people', label: 'people' }],
      events: [
        {
          id: 'event-1',
          start: '2016-06',
          title: 'We open the office',
          description: 'First paragraph.\n\nSecond paragraph.',
          category: 'people',
          sources: [
            { label: 'About us', url: new URL('/about.html', document.baseURI).href },
            { label: 'Write', url: 'mailto:a@example.org' },
            { label: 'Minutes, 2016' },
          ],
        },
        { id: 'move', start: '1998', end: '2001', circa: true, title: 'The move' },
      ],
    });
  });

  it('says where the problem is when the inline JSON is not JSON, in the reader’s language', async () => {
    const el = await mountWith(
      '<script type="application/json">{ "events": [ }</script>',
      'lang="id"',
    );
    expect((await outcome(el)).type).to.equal('timeline-error');
    await el.updateComplete;
    const error = byRole(el, 'alert').textContent!;
    expect(error).to.contain('<script type="application/json">');
    expect(error).to.contain('JSON');
  });

  it('shows a bad date in a list as the dataset error naming the event', async () => {
    const el = await mountWith(
      '<ol><li><time datetime="2017-13">?</time> A</li><li><time datetime="2002">2002</time> B</li></ol>',
    );
    const failed = await outcome(el);
    expect(failed.type).to.equal('timeline-error');
    expect(failed.detail.path).to.equal('events[0].start');
  });

  it('prefers src and the data property to what is written inside', async () => {
    const el = await mountWith(
      '<ol><li><time datetime="1900">1900</time> Inline only</li></ol>',
      `src="${DEFAULT_DATASET}"`,
    );
    const loaded = await outcome(el);
    expect(loaded.detail.dataset.events.some((e: { id: string }) => e.id === 'event-1')).to.equal(
      false,
    );
    const next = settled(el);
    el.removeAttribute('src');
    el.data = { events: [{ id: 'given', start: '1950', title: 'Given' }] };
    const given = await next;
    expect(given.detail.dataset.events.map((e: { id: string }) => e.id)).to.deep.equal(['given']);
  });

  it('reads a hostile list as text: nothing runs, no markup or unsafe link reaches the widget', async () => {
    const trap = trapScripts();
    try {
      const escape = (s: string) =>
        s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
      const payloads = [
        '<img src=x onerror=__xss()>',
        '<script>__xss()</script>',
        '"><svg onload=alert(1)>',
        '{{constructor.constructor("__xss()")()}}',
      ];
      const items = payloads.map(
        (p, i) => `
          <li onclick="__xss()" onmouseover="alert(1)" data-category="${escape(p).replaceAll('"', '&quot;')}">
            <time datetime="${2000 + i}" onfocus="__xss()">${2000 + i}</time>
            <strong onmouseenter="__xss()">${escape(p)}<script>__xss()</script></strong>
            <p>${escape(p)}<script>alert(1)</script></p>
            <a href="javascript:__xss()">run me</a>
            <a href=" JaVaScRiPt:alert(1)">also me</a>
            <a href="data:text/html,<script>alert(1)</script>">data</a>
            <a href="https://example.org/?q=${encodeURIComponent(p)}">safe</a>
          </li>`,
      );
      const el = await mountWith(`<ol>${items.join('')}</ol>`);
      const loaded = await outcome(el);
      expect(loaded.type).to.equal('timeline-load');
      await drawn(el);
      // The audit walks every node the widget wrote, which only the raw shadow root reaches.
      const root = el.shadowRoot!;
      const found = auditShadowDom(root);
      const dataset: Dataset = loaded.detail.dataset;
      for (const e of dataset.events) {
        // The script's words are text of the title, as the page wrote them; never run.
        expect(e.title['*']).to.equal(`${payloads[e.index]}__xss()`);
        expect(e.sources.map((s) => s.url ?? null)).to.deep.equal([
          null,
          null,
          null,
          `https://example.org/?q=${encodeURIComponent(payloads[e.index]!)}`,
        ]);
        el.select(e.id);
        await el.updateComplete;
        found.push(...auditShadowDom(root));
        const links = allByRole<HTMLAnchorElement>(part(el, 'detail'), 'link');
        expect(links.map((a) => a.protocol)).to.deep.equal(['https:']);
      }
      expect(found).to.deep.equal([]);
      expect(root.querySelector('script, img, svg[onload]')).to.equal(null);
      expect(trap.touched).to.deep.equal([]);
    } finally {
      trap.restore();
    }
  });

  it('reads children the parser adds after the element was defined', async () => {
    // A page that defines the element early: the list arrives once the page is parsed.
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="late" src="/test/fixtures/inline-late.html" style=${SIZE}></iframe>`,
    );
    const el = await timelineIn(frame, (el) => parts(el, 'event', 'range').length > 0);
    const names = parts(el, 'event', 'range').map(accessibleName);
    expect(names.join(' | ')).to.contain('Late arrival');
  });
});
