import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../src/diplomacy-timeline.js';
import type { DatasetInput } from '../src/data/schema.js';
import { en } from '../src/i18n/en.js';
import { addLocale } from '../src/index.js';
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
import { engine, setViewport } from './engine.js';

const dataset: DatasetInput = {
  title: { en: 'Three events', id: 'Tiga peristiwa' },
  categories: [{ id: 'inst', label: { en: 'Institution', id: 'Lembaga' }, color: '#0f7a58' }],
  events: [
    { id: 'a', start: '2002', title: { en: 'First', id: 'Pertama' }, category: 'inst' },
    {
      id: 'b',
      start: '2016',
      title: { en: 'Only in English' },
      sources: [{ label: 'A source', url: 'https://example.org/a' }],
    },
    { id: 'c', start: '2017-01-10', title: { en: 'Third', id: 'Ketiga' }, category: 'inst' },
  ],
};

function activeInShadow(el: DiplomacyTimeline): Element | null {
  return el.shadowRoot!.activeElement;
}

/** The text of the first shadow style rule whose selector contains `selector`. */
function focusRingRule(el: DiplomacyTimeline, selector: string): string {
  for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSStyleRule && rule.selectorText.includes(selector)) return rule.cssText;
    }
  }
  return '';
}

function liveRegion(el: DiplomacyTimeline): string {
  return el.shadowRoot!.querySelector('[role="status"]:not(.status)')!.textContent!.trim();
}

afterEach(async () => {
  await setViewport({ width: 1280, height: 800 });
});

describe('accessibility: axe-core finds no violations', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const mode of ['embed', 'presentation', 'kiosk'] as const) {
      it(`with the default dataset, ${theme} theme, ${mode} mode`, async () => {
        const el = await mountLoaded(
          html`<diplomacy-timeline
            src=${DEFAULT_DATASET}
            theme=${theme}
            mode=${mode}
            style="width: 1000px; height: 420px"
          ></diplomacy-timeline>`,
        );
        await expect(el).to.be.accessible();
      });
    }

    it(`with a crowded dataset, ${theme} theme`, async () => {
      const el = await mountLoaded(
        html`<diplomacy-timeline
          .data=${syntheticDataset(3000, { ranges: 5 })}
          theme=${theme}
          style="width: 1000px; height: 420px"
        ></diplomacy-timeline>`,
      );
      expect(el.shadowRoot!.querySelector('[part="cluster"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it(`with the detail card open, ${theme} theme`, async () => {
      const el = await mountLoaded(
        html`<diplomacy-timeline
          src=${DEFAULT_DATASET}
          theme=${theme}
          selected="digital-command-center"
          style="width: 1000px; height: 420px"
        ></diplomacy-timeline>`,
      );
      expect(el.shadowRoot!.querySelector('[part="detail"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it(`in the error state, ${theme} theme`, async () => {
      const el = await fixture<DiplomacyTimeline>(
        html`<diplomacy-timeline
          theme=${theme}
          style="width: 800px; height: 360px"
        ></diplomacy-timeline>`,
      );
      const failed = oneEvent(el, 'timeline-error');
      el.src = '/test/fixtures/not-json.json';
      await failed;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it(`in the list view, ${theme} theme`, async () => {
      const el = await mountLoaded(
        html`<diplomacy-timeline
          src=${DEFAULT_DATASET}
          theme=${theme}
          style="width: 1000px; height: 420px"
        ></diplomacy-timeline>`,
      );
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="control-list"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it(`on a phone, with the folded legend open, ${theme} theme`, async () => {
      await setViewport({ width: 375, height: 740 });
      const el = await mountLoaded(
        html`<diplomacy-timeline
          src="/test/fixtures/many-categories.json"
          lang="id"
          theme=${theme}
          style="width: 375px; height: 416px"
        ></diplomacy-timeline>`,
      );
      const toggle = await until(() =>
        el.shadowRoot!.querySelector<HTMLElement>('[part="legend-toggle"]'),
      );
      toggle.click();
      await until(() => toggle.closest('details')!.open);
      await expect(el).to.be.accessible();
    });
  }
});

describe('accessibility: keyboard only', () => {
  it('walks in from the page, through three events, into a card and out, and on out of the widget', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <a href="#before" id="before">before</a>
        <diplomacy-timeline
          .data=${dataset}
          style="width: 900px; height: 400px"
        ></diplomacy-timeline>
        <a href="#after" id="after">after</a>
      </div>`,
    );
    const el = wrapper.querySelector('diplomacy-timeline')!;
    await drawn(el);
    wrapper.querySelector<HTMLElement>('#before')!.focus();
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      names.push(accessibleName(activeInShadow(el)!));
    }
    // The list toggle comes first, so a screen reader meets the list before the drawing.
    expect(names).to.deep.equal([
      'List',
      'Zoom in',
      'Zoom out',
      'Show everything',
      'Download image',
      'First, 2002',
    ]);
    await sendKeys({ press: 'ArrowRight' });
    expect(accessibleName(activeInShadow(el)!)).to.equal('Only in English, 2016');
    await sendKeys({ press: 'ArrowRight' });
    expect(accessibleName(activeInShadow(el)!)).to.equal('Third, 10 January 2017');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(activeInShadow(el)!.getAttribute('part')).to.equal('detail');
    // Inside the card, Tab reaches its close button; nothing traps focus there.
    await sendKeys({ press: 'Tab' });
    expect(accessibleName(activeInShadow(el)!)).to.equal('Close');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(accessibleName(activeInShadow(el)!)).to.equal('Third, 10 January 2017');
    // After the drawing come the search box and the legend, then the page goes on.
    const after: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      const inside = activeInShadow(el);
      after.push(inside ? accessibleName(inside) : document.activeElement!.id);
    }
    expect(after).to.deep.equal(['Search events', 'Institution', 'after']);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift+Tab' });
    expect(accessibleName(activeInShadow(el)!), 'back in at the event last focused').to.equal(
      'Third, 10 January 2017',
    );
  });

  it('shows where focus is with a visible ring', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${dataset}
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    markNamed(el, 'First')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(accessibleName(activeInShadow(el)!)).to.equal('Only in English, 2016');
    if ((await engine()) === 'webkit') {
      // Known difference (README): under Xvfb, with no window manager, MiniBrowser's window is
      // never the active one, so WebKit matches no `:focus-visible` there, not even on an input
      // reached by Tab. The ring's rule is checked instead of its computed style.
      const ring = /outline: (\d+)px solid/.exec(focusRingRule(el, '.mark:focus-visible'));
      expect(Number(ring?.[1])).to.be.at.least(2);
      return;
    }
    const style = getComputedStyle(activeInShadow(el)!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('accessibility: what screen readers hear', () => {
  it('announces the shown range once a zoom settles, in the reader’s language', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${dataset}
        lang="id"
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    el.zoomTo('2003', '2016');
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Menampilkan 2003 – 2016');
    el.lang = 'en';
    el.zoomTo('2010', '2016');
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Showing 2010 – 2016');
  });

  it('announces the chosen event', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${dataset}
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    el.select('c');
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Third, 10 January 2017');
  });

  it('marks text shown in another language with its lang, rather than leaving it blank', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${dataset}
        lang="id"
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    const mark = markNamed(el, 'Only in English')!;
    expect(mark.querySelector('[lang="en"]')!.textContent).to.equal('Only in English');
    expect(markNamed(el, 'Pertama')!.querySelector('[lang]')).to.equal(null);
  });

  it('falls back to English, without an error, for a language it does not know', async () => {
    let errors = 0;
    const el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline
        .data=${dataset}
        lang="xx"
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    el.addEventListener('timeline-error', () => errors++);
    await drawn(el);
    expect(markNamed(el, 'First, 2002')).to.exist;
    expect(errors).to.equal(0);
  });

  it('speaks a third language added as the README shows', async () => {
    addLocale({
      ...en,
      lang: 'xq',
      zoomIn: 'Zoom xq',
      listView: 'List xq',
      dates: { ...en.dates, day: (d, month, year) => `${year}/${month}/${d}` },
    });
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${dataset}
        lang="xq"
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    const names = [...el.shadowRoot!.querySelectorAll('.control')].map(accessibleName);
    expect(names).to.include('Zoom xq');
    expect(names).to.include('List xq');
    expect(markNamed(el, 'Third, 2017/January/10')).to.exist;
  });
});

describe('accessibility: the list view', () => {
  it('lists every event in time order with dates, categories and sources, in step with selection', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${dataset}
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="control-list"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const list = el.shadowRoot!.querySelector('[part="list"] ol')!;
    expect(accessibleName(list)).to.equal('Events in time order');
    const items = [...list.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.list-title')!.textContent!.trim())).to.deep.equal([
      'First',
      'Only in English',
      'Third',
    ]);
    expect(items[0]!.textContent).to.contain('2002');
    expect(items[0]!.textContent).to.contain('Institution');
    expect(items[1]!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/a');
    expect(items[2]!.textContent).to.contain('10 January 2017');

    const chosen = oneEvent(el, 'timeline-select');
    items[2]!.querySelector<HTMLButtonElement>('.list-title')!.click();
    expect((await chosen).detail.id).to.equal('c');
    await el.updateComplete;
    expect(items[2]!.querySelector('.list-title')!.getAttribute('aria-expanded')).to.equal('true');
    el.select('a');
    await el.updateComplete;
    expect(items[0]!.querySelector('.list-title')!.getAttribute('aria-expanded')).to.equal('true');
    expect(items[2]!.querySelector('.list-title')!.getAttribute('aria-expanded')).to.equal('false');

    // Back to the drawing, the selection is still there.
    toggle.click();
    await drawn(el);
    expect(markNamed(el, 'First')!.getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('accessibility: preferences and sizes', () => {
  it('animates the zoom buttons otherwise', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${dataset}
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    const label = markNamed(el, 'First')!.querySelector('.label')!;
    expect(getComputedStyle(label).transitionDuration).not.to.equal('0s');
    const before = el.visibleRange;
    const settled = oneEvent(el, 'timeline-rangechange');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="control-zoom-in"]')!.click();
    expect(el.visibleRange.start.getTime()).to.equal(before.start.getTime());
    await settled;
    expect(el.visibleRange.start.getTime()).to.be.greaterThan(before.start.getTime());
  });

  it('gives every pointer target at least 24 × 24 pixels', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${syntheticDataset(800)}
        style="width: 900px; height: 400px"
      ></diplomacy-timeline>`,
    );
    const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button')];
    expect(targets.length).to.be.greaterThan(10);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, accessibleName(target)).to.be.at.least(24);
      expect(box.width, accessibleName(target)).to.be.at.least(24);
    }
  });

  it('gives every touch target at least 44 × 44 pixels in kiosk mode', async () => {
    for (const [data, selected] of [
      [syntheticDataset(800, { ranges: 3 }), null],
      [dataset, 'a'],
    ] as const) {
      const el = await mountLoaded(
        html`<diplomacy-timeline
          .data=${data}
          .selected=${selected}
          mode="kiosk"
          style="width: 1200px; height: 700px"
        ></diplomacy-timeline>`,
      );
      const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button')];
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.height, accessibleName(target)).to.be.at.least(44);
        expect(box.width, accessibleName(target)).to.be.at.least(44);
      }
    }
  });

  it('stays usable at 200 % page zoom (a 640-pixel-wide layout viewport)', async () => {
    await setViewport({ width: 640, height: 400 });
    const el = await mountLoaded(
      html`<diplomacy-timeline
        src=${DEFAULT_DATASET}
        style="width: 100%; font-size: 28px"
      ></diplomacy-timeline>`,
    );
    const box = el.getBoundingClientRect();
    for (const control of el.shadowRoot!.querySelectorAll('.control')) {
      const r = control.getBoundingClientRect();
      expect(r.right, accessibleName(control)).to.be.at.most(box.right);
    }
    expect(marks(el).length).to.be.greaterThan(0);
  });
});

describe('accessibility: contrast of the theme colours', () => {
  /** Relative luminance of a computed `rgb(r, g, b)` colour, as WCAG defines it. */
  function luminance(rgb: string): number {
    const [r, g, b] = rgb
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  function contrast(a: string, b: string): number {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text at 4.5:1 and marks at 3:1 against the background, ${theme} theme`, async () => {
      const el = await mountLoaded(
        html`<diplomacy-timeline
          .data=${{ events: [{ id: 'x', start: '2017', title: 'Plain' }] }}
          theme=${theme}
          style="width: 600px; height: 300px"
        ></diplomacy-timeline>`,
      );
      const background = getComputedStyle(el).backgroundColor;
      const root = el.shadowRoot!;
      const text = (selector: string) => getComputedStyle(root.querySelector(selector)!).color;
      const fill = (selector: string) => getComputedStyle(root.querySelector(selector)!).fill;
      expect(contrast(text('.label'), background), 'labels').to.be.at.least(4.5);
      expect(contrast(text('[part="title"]'), background), 'title').to.be.at.least(4.5);
      expect(contrast(fill('.axis text'), background), 'axis labels').to.be.at.least(4.5);
      const dot = getComputedStyle(root.querySelector('.mark .dot')!).backgroundColor;
      expect(contrast(dot, background), 'a mark without a category colour').to.be.at.least(3);
      const axis = getComputedStyle(root.querySelector('.axis line')!).stroke;
      expect(contrast(axis, background), 'the axis line').to.be.at.least(3);
    });
  }
});
