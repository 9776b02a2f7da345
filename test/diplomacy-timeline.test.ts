import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../src/diplomacy-timeline.js';
import type { DatasetInput } from '../src/data/schema.js';
import { syntheticDataset } from './fixtures/synthetic.js';
import {
  DEFAULT_DATASET,
  accessibleName,
  drawn,
  markNamed,
  marks,
  mountLoaded,
  until,
} from './helpers.js';

function span(el: DiplomacyTimeline): number {
  const { start, end } = el.visibleRange;
  return end.getTime() - start.getTime();
}

function plot(el: DiplomacyTimeline): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
}

function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

function activeInShadow(el: DiplomacyTimeline): Element | null {
  return el.shadowRoot!.activeElement;
}

async function loadDefault(): Promise<DatasetInput> {
  return (await (await fetch(DEFAULT_DATASET)).json()) as DatasetInput;
}

const smallDataset: DatasetInput = {
  title: { en: 'Small', id: 'Kecil' },
  events: [
    { id: 'a', start: '2010', title: { en: 'First', id: 'Pertama' } },
    {
      id: 'b',
      start: '2017-01',
      title: { en: 'Second', id: 'Kedua' },
      description: { en: 'The second event.', id: 'Peristiwa kedua.' },
      sources: [
        { label: 'Safe source', url: 'https://example.org/source' },
        { label: 'Script source', url: 'javascript:alert(1)' },
      ],
    },
    { id: 'c', start: '2020-03-05', title: { en: 'Third', id: 'Ketiga' } },
  ],
};

describe('<diplomacy-timeline> with the default dataset', () => {
  it('lets a reader reach every event by a button named with its title and date', async () => {
    const raw = await loadDefault();
    const el = await mountLoaded();
    for (const event of raw.events) {
      const title = typeof event.title === 'string' ? event.title : event.title.en!;
      let mark = markNamed(el, title);
      if (!mark) {
        // Crowded at the widest view: zoom to the event's year, as a reader would.
        el.zoomTo(event.start.slice(0, 4), event.start.slice(0, 4));
        await drawn(el);
        mark = markNamed(el, title);
      }
      expect(mark, `a button for "${title}"`).to.exist;
      expect(mark!.tagName).to.equal('BUTTON');
      const year = event.start.replace(/X$/, '0').slice(0, 4);
      expect(accessibleName(mark!)).to.contain(year);
    }
  });

  it('shows the dataset title and zoom buttons named for what they do', async () => {
    const el = await mountLoaded();
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent).to.contain('Digital Diplomacy');
    // What a reader meets: the menu's choices stay out of sight until it opens.
    const names = [...root.querySelectorAll('.control')]
      .filter((control) => control.checkVisibility())
      .map(accessibleName);
    expect(names).to.deep.equal([
      'List',
      'Zoom in',
      'Zoom out',
      'Show everything',
      'Download image',
    ]);
  });

  it('has drawn the events by the time it says it has loaded them', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 900px; height: 400px"></div>`,
    );
    const el = document.createElement('diplomacy-timeline');
    const marksAtLoad = new Promise<number>((resolve) =>
      el.addEventListener('timeline-load', () => resolve(marks(el).length), { once: true }),
    );
    el.data = smallDataset;
    wrapper.append(el);
    expect(await marksAtLoad).to.equal(smallDataset.events.length);
  });

  it('switches every word and date to Indonesian when lang changes, without reloading', async () => {
    const el = await mountLoaded();
    let loads = 0;
    el.addEventListener('timeline-load', () => loads++);
    el.lang = 'id';
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll('.control')]
      .filter((control) => control.checkVisibility())
      .map(accessibleName);
    expect(names).to.deep.equal([
      'Daftar',
      'Perbesar',
      'Perkecil',
      'Tampilkan semua',
      'Unduh gambar',
    ]);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain(
      'Diplomasi Digital',
    );
    el.zoomTo('2024-01', '2024-12');
    await drawn(el);
    const ransomware = marks(el).find((m) => accessibleName(m).includes('Juni 2024'));
    expect(ransomware, 'an event dated "Juni 2024"').to.exist;
    expect(loads).to.equal(0);
  });
});

describe('<diplomacy-timeline> CSV', () => {
  it('loads a semicolon-separated spreadsheet export given as src', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        src="/test/fixtures/small.csv"
        lang="id"
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    expect(markNamed(el, 'Pelatihan media baru, 2016')).to.exist;
    markNamed(el, 'Digital Command Center')!.click();
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(card.textContent).to.contain('Pusat manajemen krisis Kemlu.');
    expect(card.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/putri');
  });
});

describe('<diplomacy-timeline> look', () => {
  it('takes the dark theme when asked, and the light one back', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${smallDataset}
        theme="dark"
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    const background = () => getComputedStyle(el).backgroundColor;
    expect(background()).to.equal('rgb(20, 24, 29)');
    el.theme = 'light';
    await el.updateComplete;
    expect(background()).to.equal('rgb(255, 255, 255)');
  });

  it('is a block with a height of its own that the page can override', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 600px">
        <diplomacy-timeline .data=${smallDataset}></diplomacy-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('diplomacy-timeline')!;
    expect(getComputedStyle(el).display).to.equal('block');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(el.getBoundingClientRect().width).to.equal(600);
    el.style.height = '300px';
    expect(el.getBoundingClientRect().height).to.equal(300);
  });

  for (const mode of ['embed', 'kiosk']) {
    it(`keeps the drawing's place and size from loading to drawn (${mode})`, async () => {
      const el = await fixture<DiplomacyTimeline>(
        html`<diplomacy-timeline
          src=${`/test-delay/200${DEFAULT_DATASET}`}
          mode=${mode}
          style="width: 900px; height: 400px"
        ></diplomacy-timeline>`,
      );
      await el.updateComplete;
      const loading = plot(el).getBoundingClientRect();
      expect(loading.height).to.be.greaterThan(200);
      await oneEvent(el, 'timeline-load');
      expect(plot(el).getBoundingClientRect().toJSON()).to.deep.equal(loading.toJSON());
    });
  }

  it('keeps every mark inside a 320-pixel-wide phone screen', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        src=${DEFAULT_DATASET}
        style="width: 320px; height: 420px"
      ></diplomacy-timeline>`,
    );
    const box = el.getBoundingClientRect();
    for (const mark of marks(el)) {
      const label = mark.querySelector('.label') ?? mark;
      const r = label.getBoundingClientRect();
      if (r.width === 0) continue;
      // Marks may start off-screen at the left when their date is; none spills past the right.
      expect(r.right, accessibleName(mark)).to.be.at.most(box.right + 1);
    }
  });
});

describe('<diplomacy-timeline> zoom and pan', () => {
  it('zooms in when the wheel turns over the drawing, and reports the settled range', async () => {
    const el = await mountLoaded();
    const before = span(el);
    const [x, y] = centreOf(plot(el));
    const settled = oneEvent(el, 'timeline-rangechange');
    plot(el).dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -400,
        clientX: x,
        clientY: y,
        bubbles: true,
        cancelable: true,
      }),
    );
    const { detail } = await settled;
    expect(span(el)).to.be.lessThan(before * 0.75);
    expect(detail.start).to.be.instanceOf(Date);
    expect(detail.start.getTime()).to.equal(el.visibleRange.start.getTime());
  });

  it('moves back in time when the reader drags the drawing to the right', async () => {
    const el = await mountLoaded();
    el.zoomBy(4);
    await drawn(el);
    const before = el.visibleRange;
    const box = plot(el).getBoundingClientRect();
    const y = Math.round(box.top + 12);
    const settled = oneEvent(el, 'timeline-rangechange');
    await sendMouse({ type: 'move', position: [Math.round(box.left + 200), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 450), y] });
    await sendMouse({ type: 'up' });
    await settled;
    const after = el.visibleRange;
    expect(after.start.getTime()).to.be.lessThan(before.start.getTime());
    // A pan keeps the zoom level.
    expect(span(el)).to.be.closeTo(before.end.getTime() - before.start.getTime(), 1000);
  });

  it('zooms with its buttons and goes back to everything with reset', async () => {
    const el = await mountLoaded();
    const home = span(el);
    const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="control-zoom-in"]')!;
    let settled = oneEvent(el, 'timeline-rangechange');
    zoomIn.click();
    await settled;
    expect(span(el)).to.be.closeTo(home / 2, home * 0.01);
    settled = oneEvent(el, 'timeline-rangechange');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="control-reset"]')!.click();
    await settled;
    expect(span(el)).to.be.closeTo(home, home * 0.001);
  });

  it('lets the wheel take over from an eased zoom, which stops where the wheel leaves it', async () => {
    const el = await mountLoaded();
    el.zoomBy(4);
    await el.updateComplete;
    const before = span(el);
    const ranges: number[] = [];
    el.addEventListener('timeline-rangechange', (e) =>
      ranges.push(e.detail.end.getTime() - e.detail.start.getTime()),
    );
    // The zoom-out button eases toward twice the span; the wheel zooms in while it does.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="control-zoom-out"]')!.click();
    await until(() => span(el) > before);
    const [x, y] = centreOf(plot(el));
    plot(el).dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -800,
        clientX: x,
        clientY: y,
        bubbles: true,
        cancelable: true,
      }),
    );
    await until(() => ranges.length > 0);
    // Three times closer than where the easing was cut off, so well inside the first span.
    expect(span(el)).to.be.lessThan(before * 0.7);
    expect(ranges).to.deep.equal([span(el)]);
  });

  it('lets the page scroll under the wheel or a swipe while the data is still loading', async () => {
    const el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline
        src=${`/test-delay/5000${DEFAULT_DATASET}`}
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    await el.updateComplete;
    const [x, y] = centreOf(plot(el));
    const wheel = new WheelEvent('wheel', {
      deltaY: 100,
      clientX: x,
      clientY: y,
      bubbles: true,
      cancelable: true,
    });
    plot(el).dispatchEvent(wheel);
    expect(wheel.defaultPrevented).to.equal(false);
    const swipe = new WheelEvent('wheel', {
      deltaX: 100,
      clientX: x,
      clientY: y,
      bubbles: true,
      cancelable: true,
    });
    plot(el).dispatchEvent(swipe);
    expect(swipe.defaultPrevented).to.equal(false);
  });

  it('never lets the view drift away from the data', async () => {
    const el = await mountLoaded();
    const raw = await loadDefault();
    el.zoomTo('1800', '1810');
    await el.updateComplete;
    const { start, end } = el.visibleRange;
    const firstYear = Math.min(
      ...raw.events.map((e) => Number(e.start.replace('X', '0').slice(0, 4))),
    );
    expect(end.getFullYear()).to.be.at.least(firstYear - 1);
    expect(start.getFullYear()).to.be.at.least(firstYear - 3);
    el.zoomBy(0.001);
    await el.updateComplete;
    const widest = span(el);
    el.reset();
    expect(span(el)).to.be.closeTo(widest, widest * 0.001);
  });

  it('offers zoomTo, zoomBy and reset as its contract describes', async () => {
    const el = await mountLoaded();
    el.zoomTo('2016', '2017');
    expect(el.visibleRange.start.getFullYear()).to.equal(2016);
    expect(el.visibleRange.end.getFullYear()).to.equal(2017);
    const before = span(el);
    el.zoomBy(2);
    expect(span(el)).to.be.closeTo(before / 2, before * 0.001);
    el.zoomTo(new Date(2016, 0, 1), new Date(2016, 6, 1));
    expect(el.visibleRange.start.getTime()).to.equal(new Date(2016, 0, 1).getTime());
  });
});

describe('<diplomacy-timeline> keyboard', () => {
  it('is one Tab stop; arrows move through events in time order; Enter opens, Escape closes', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="before">before</button>
        <diplomacy-timeline
          .data=${smallDataset}
          style="width: 900px; height: 400px"
        ></diplomacy-timeline>
        <button id="after">after</button>
      </div>`,
    );
    const el = wrapper.querySelector('diplomacy-timeline')!;
    await drawn(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    // The list toggle, the zoom buttons and "Download image" come first, then the drawing.
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
    expect(accessibleName(activeInShadow(el)!)).to.contain('First');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(accessibleName(activeInShadow(el)!)).to.contain('Second');
    expect(el.selected, 'moving focus does not select').to.equal(null);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(accessibleName(activeInShadow(el)!)).to.contain('Third');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(accessibleName(activeInShadow(el)!)).to.contain('First');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('b');
    expect(activeInShadow(el)!.closest('[part="detail"]'), 'focus moves into the card').to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="detail"]')).to.equal(null);
    expect(accessibleName(activeInShadow(el)!)).to.contain('Second');
    // Leaving the drawing takes one Tab, whatever the number of events: on to the search box.
    await sendKeys({ press: 'Tab' });
    await until(() => activeInShadow(el));
    expect(accessibleName(activeInShadow(el)!)).to.equal('Search events');
  });

  it('follows focus to an event outside the view', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${smallDataset}
        start="2009"
        end="2011"
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    markNamed(el, 'First')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await drawn(el);
    expect(accessibleName(activeInShadow(el)!)).to.contain('Second');
    const { start, end } = el.visibleRange;
    expect(new Date(2017, 0, 1).getTime()).to.be.within(start.getTime(), end.getTime());
  });

  it('zooms about the focused event with + and -', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${smallDataset}
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    const before = span(el);
    markNamed(el, 'Second')!.focus();
    let settled = oneEvent(el, 'timeline-rangechange');
    await sendKeys({ press: '+' });
    await settled;
    expect(span(el)).to.be.closeTo(before / 2, before * 0.01);
    const { start, end } = el.visibleRange;
    expect(new Date(2017, 0, 1).getTime()).to.be.within(start.getTime(), end.getTime());
    settled = oneEvent(el, 'timeline-rangechange');
    await sendKeys({ press: '-' });
    await settled;
    expect(span(el)).to.be.closeTo(before, before * 0.01);
  });
});

describe('<diplomacy-timeline> selection and the detail card', () => {
  it('opens a card with the title, date, description and safe source links when a mark is clicked', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${smallDataset}
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    const chosen = oneEvent(el, 'timeline-select');
    markNamed(el, 'Second')!.click();
    const { detail } = await chosen;
    expect(detail.id).to.equal('b');
    expect(detail.event!.id).to.equal('b');
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(card.getAttribute('role')).to.equal('dialog');
    expect(accessibleName(card)).to.equal('Second');
    expect(card.textContent).to.contain('January 2017');
    expect(card.textContent).to.contain('The second event.');
    const links = [...card.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/source']);
    expect(card.textContent, 'a dropped link keeps its label').to.contain('Script source');
    expect(el.getAttribute('selected')).to.equal('b');
  });

  it('steps with next() and previous(), stopping at the ends, and clears with select(null)', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${smallDataset}
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    const seen: (string | null)[] = [];
    el.addEventListener('timeline-select', (e) => seen.push(e.detail.id));
    el.next();
    await el.updateComplete;
    el.next();
    await el.updateComplete;
    el.next();
    await el.updateComplete;
    el.next();
    await el.updateComplete;
    expect(el.selected).to.equal('c');
    el.previous();
    await el.updateComplete;
    el.select(null);
    await el.updateComplete;
    expect(seen).to.deep.equal(['a', 'b', 'c', 'b', null]);
    expect(el.shadowRoot!.querySelector('[part="detail"]')).to.equal(null);
  });

  it('brings a chosen event into view', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${smallDataset}
        start="2009"
        end="2011"
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    el.select('c');
    await drawn(el);
    const { start, end } = el.visibleRange;
    expect(new Date(2020, 2, 5).getTime()).to.be.within(start.getTime(), end.getTime());
    expect(markNamed(el, 'Third')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="detail"] h2')!.textContent).to.equal('Third');
  });

  it('writes dates in Indonesian in the card when lang is id, or the page is', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="id-ID">
        <diplomacy-timeline
          .data=${smallDataset}
          selected="b"
          style="width: 900px; height: 400px"
        ></diplomacy-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('diplomacy-timeline')!;
    await drawn(el);
    const card = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(card.textContent).to.contain('Januari 2017');
    expect(card.textContent).to.contain('Peristiwa kedua.');
    el.lang = 'en';
    await el.updateComplete;
    expect(card.textContent).to.contain('January 2017');
  });
});

describe('<diplomacy-timeline> clusters', () => {
  it('gathers events too close to label into a button with a count that zooms into them', async () => {
    const data = syntheticDataset(2000, { years: 100 });
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${data}
        style="width: 1000px; height: 420px"
      ></diplomacy-timeline>`,
    );
    const clusters = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="cluster"]')];
    expect(clusters.length).to.be.greaterThan(0);
    const name = accessibleName(clusters[0]!);
    expect(name).to.match(/^\d[\d,]* events, \d{4}( – \d{4})?$/);
    const before = span(el);
    const settled = oneEvent(el, 'timeline-rangechange');
    clusters[0]!.click();
    await settled;
    expect(span(el)).to.be.lessThan(before / 5);
    // The DOM stays bounded: never one element per event.
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(2000);
  });
});

describe('<diplomacy-timeline> bad input', () => {
  let pageErrors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    pageErrors.push('reason' in event ? event.reason : event.error);
  beforeEach(() => {
    pageErrors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(pageErrors, 'nothing escapes to the page').to.deep.equal([]);
  });

  async function failWith(src: string | undefined, data?: unknown) {
    const el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline style="width: 800px; height: 360px"></diplomacy-timeline>`,
    );
    const failed = oneEvent(el, 'timeline-error');
    if (src) el.src = src;
    else el.data = data;
    const { detail } = await failed;
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert, 'an alert inside the widget').to.exist;
    // The message is the alert's first paragraph; a "Try again" button may follow it.
    const message = alert!.querySelector('p')!;
    return { el, detail, text: message.textContent!.replace(/\s+/g, ' ').trim() };
  }

  function withEvents(events: unknown[]): unknown {
    return { events };
  }

  it('says so when the address cannot be reached', async () => {
    const { text, detail } = await failWith('http://127.0.0.1:9/events.json');
    expect(text).to.contain('http://127.0.0.1:9/events.json');
    expect(text).to.contain('cannot be reached');
    expect(detail.message).to.equal(text);
  });

  it('says so when the server answers with an error', async () => {
    const { text } = await failWith('/test/fixtures/missing.json');
    expect(text).to.contain('404');
  });

  it('says so when the file is not JSON', async () => {
    const { text } = await failWith('/test/fixtures/not-json.json');
    expect(text).to.contain('not a readable JSON file');
  });

  it('names the path of a bad date', async () => {
    const good = { id: 'x', start: '2017', title: 'x' };
    const { text, detail } = await failWith(
      undefined,
      withEvents([
        good,
        { ...good, id: 'y' },
        { ...good, id: 'z' },
        { ...good, id: 'w', start: '2017-13-01' },
      ]),
    );
    expect(text).to.equal(
      'events[3].start: "2017-13-01" is not a date (write 2017, 2017-01 or 2017-01-10).',
    );
    expect(detail.path).to.equal('events[3].start');
  });

  it('rejects duplicate ids, naming both', async () => {
    const { text, detail } = await failWith(
      undefined,
      withEvents([
        { id: 'x', start: '2017', title: 'a' },
        { id: 'x', start: '2018', title: 'b' },
      ]),
    );
    expect(detail.path).to.equal('events[1].id');
    expect(text).to.contain('events[0]');
  });

  it('rejects an end before its start', async () => {
    const { detail } = await failWith(
      undefined,
      withEvents([{ id: 'x', start: '2017', end: '2015', title: 'a' }]),
    );
    expect(detail.path).to.equal('events[0].end');
    expect(detail.message).to.contain('events[0].end');
  });

  it('explains in Indonesian when the reader reads Indonesian', async () => {
    const el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline lang="id" style="width: 800px; height: 360px"></diplomacy-timeline>`,
    );
    const failed = oneEvent(el, 'timeline-error');
    el.data = { title: 'x' };
    const { detail } = await failed;
    expect(detail.message).to.equal('events tidak ada.');
  });

  it('shows a friendly empty state, not an error, for a dataset without events', async () => {
    const el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline style="width: 800px; height: 360px"></diplomacy-timeline>`,
    );
    let errors = 0;
    el.addEventListener('timeline-error', () => errors++);
    const loaded = oneEvent(el, 'timeline-load');
    el.data = { events: [] };
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('no events');
    expect(errors).to.equal(0);
  });

  it('recovers when a later src is valid', async () => {
    const { el } = await failWith('/test/fixtures/not-json.json');
    el.src = DEFAULT_DATASET;
    await oneEvent(el, 'timeline-load');
    await drawn(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(marks(el).length).to.be.greaterThan(3);
  });

  it('shows only the latest src when an earlier response arrives last', async () => {
    const el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline style="width: 800px; height: 360px"></diplomacy-timeline>`,
    );
    const loads: string[] = [];
    el.addEventListener('timeline-load', (e) => loads.push(e.detail.dataset.title?.['en'] ?? ''));
    el.src = `/test-delay/400/test/fixtures/not-json.json`;
    await el.updateComplete;
    el.src = `/test-delay/10${DEFAULT_DATASET}`;
    await oneEvent(el, 'timeline-load');
    // Wait past the slow response: it must not replace what is shown.
    await fetch('/test-delay/500/test/fixtures/not-json.json');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(loads).to.have.length(1);
  });

  it('can be removed while fetching and put back', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('diplomacy-timeline');
    el.style.cssText = 'width: 800px; height: 360px; display: block';
    el.src = `/test-delay/200${DEFAULT_DATASET}`;
    wrapper.append(el);
    await el.updateComplete;
    el.remove();
    await fetch('/test-delay/300/test/fixtures/not-json.json');
    wrapper.append(el);
    await oneEvent(el, 'timeline-load');
    await drawn(el);
    expect(marks(el).length).to.be.greaterThan(3);
  });
});

describe('<diplomacy-timeline> Tab stop in a crowded view', () => {
  it('always draws the mark holding the Tab stop, even where events cluster', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${syntheticDataset(5000)}
        style="width: 600px; height: 300px"
      ></diplomacy-timeline>`,
    );
    const stops = el.shadowRoot!.querySelectorAll('[tabindex="0"]');
    expect(stops).to.have.length(1);
    expect(stops[0]!.getAttribute('part')).to.contain('event');
    el.zoomBy(3);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="event"][tabindex="0"]')).to.have.length(1);
  });
});

describe('<diplomacy-timeline> calls before the data arrives', () => {
  it('applies a zoomTo made right after setting src once the data is there', async () => {
    const el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline style="width: 900px; height: 400px"></diplomacy-timeline>`,
    );
    el.src = DEFAULT_DATASET;
    el.zoomTo('2016', '2017');
    await oneEvent(el, 'timeline-load');
    await drawn(el);
    expect(el.visibleRange.start.getFullYear()).to.equal(2016);
    expect(el.visibleRange.end.getFullYear()).to.equal(2017);
  });
});

describe('<diplomacy-timeline> what the review found', () => {
  it('reports one settled range for two quick zoom-button clicks, not one per animation', async () => {
    const el = await mountLoaded();
    const home = span(el);
    const ranges: number[] = [];
    el.addEventListener('timeline-rangechange', (e) =>
      ranges.push(e.detail.end.getTime() - e.detail.start.getTime()),
    );
    const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="control-zoom-in"]')!;
    zoomIn.click();
    await new Promise(requestAnimationFrame);
    zoomIn.click();
    await until(() => ranges.length > 0);
    // The first click's animation, cut short one frame in (its range still near the whole
    // span), is not reported; the first report is where the second click ends.
    expect(ranges[0]).to.be.lessThan(home * 0.6);
    expect(ranges[0]).to.be.closeTo(span(el), home * 0.001);
  });

  it('does not report a zoomTo that changes nothing', async () => {
    const el = await mountLoaded();
    let count = 0;
    el.addEventListener('timeline-rangechange', () => count++);
    el.zoomTo('2016', '2017');
    el.zoomTo('2016', '2017');
    await el.updateComplete;
    expect(count).to.equal(1);
  });

  it('keeps a Tab stop when the focused event is zoomed out of view', async () => {
    const el = await mountLoaded();
    marks(el)[0]!.focus();
    el.zoomTo('2014', '2016');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.plot [tabindex="0"]')).to.have.length(1);
  });

  it('waits for the new dataset before applying a select made while it loads', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${smallDataset}
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    el.data = undefined;
    el.src = `/test-delay/100${DEFAULT_DATASET}`;
    await el.updateComplete;
    el.select('digital-command-center');
    const chosen = oneEvent(el, 'timeline-select');
    expect((await chosen).detail.id).to.equal('digital-command-center');
    expect(el.selected).to.equal('digital-command-center');
  });

  it('warns instead of throwing when zoomTo is given nothing', async () => {
    const el = await mountLoaded();
    const before = span(el);
    el.zoomTo(null as unknown as string, undefined as unknown as string);
    expect(span(el)).to.equal(before);
  });
});

describe('<diplomacy-timeline> start and end set after loading', () => {
  it('shows the new range, even one wider than the data, and reports it', async () => {
    const el = await mountLoaded();
    const settled = oneEvent(el, 'timeline-rangechange');
    el.start = '1980';
    el.end = '2030';
    await el.updateComplete;
    await settled;
    expect(el.visibleRange.start.getFullYear()).to.equal(1980);
    expect(el.visibleRange.end.getFullYear()).to.equal(2030);
  });
});
