import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { restoreViewport, setViewport } from '../engine.js';
import { DEFAULT_DATASET, accessibleName, markNamed, marks, until } from '../helpers.js';
import {
  allByRole,
  description,
  findPart,
  focused,
  legendLayout,
  mount,
  part,
  parts,
} from '../harness.js';
import { expectSame } from '../readable-failures.js';

const dataset = {
  categories: [
    { id: 'policy', label: { en: 'Policy', id: 'Kebijakan' }, color: '#3d6cc4' },
    { id: 'cyber', label: { en: 'Cyber', id: 'Siber' }, color: '#9a49bb' },
  ],
  events: [
    {
      id: 'a',
      start: '2002',
      title: { en: 'Directorate founded', id: 'Direktorat dibentuk' },
      category: 'policy',
    },
    {
      id: 'b',
      start: '2016',
      title: { en: 'Digital emphasis', id: 'Penekanan digital' },
      category: 'policy',
    },
    { id: 'c', start: '2017', title: { en: 'Cyber agency', id: 'Badan siber' }, category: 'cyber' },
    {
      id: 'd',
      start: '2022',
      title: { en: 'Data protection law', id: 'UU pelindungan data' },
      category: 'cyber',
    },
    { id: 'e', start: '2024-06', title: { en: 'Data centre attack', id: 'Serangan pusat data' } },
  ],
};

function mountIn(lang = 'en'): Promise<DiplomacyTimeline> {
  return mount({ data: dataset, attributes: { lang } });
}

const legendButtons = (el: DiplomacyTimeline) => [...parts<HTMLButtonElement>(el, 'legend-item')];
const searchBox = (el: DiplomacyTimeline) => part<HTMLInputElement>(el, 'search-input');
const titles = (el: DiplomacyTimeline) => marks(el).map((m) => accessibleName(m).split(',')[0]);

async function type(el: DiplomacyTimeline, text: string) {
  searchBox(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('the legend', () => {
  it('names each category with its colour, as toggle buttons that are pressed when shown', async () => {
    const el = await mountIn();
    const group = part(el, 'legend');
    expect(group.getAttribute('role')).to.equal('group');
    expect(accessibleName(group)).to.equal('Categories (press to hide or show)');
    expect(
      legendButtons(el).map((b) => [accessibleName(b), b.getAttribute('aria-pressed')]),
    ).to.deep.equal([
      ['Policy', 'true'],
      ['Cyber', 'true'],
    ]);
    const swatch = legendButtons(el)[1]!.querySelector('.swatch')!;
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(154, 73, 187)');
  });

  it('takes a category’s events out of the drawing and the list, and brings them back', async () => {
    const el = await mountIn();
    legendButtons(el)[1]!.click();
    await el.updateComplete;
    expect(legendButtons(el)[1]!.getAttribute('aria-pressed')).to.equal('false');
    await until(() => !markNamed(el, 'Cyber agency'));
    expect(titles(el)).to.deep.equal([
      'Directorate founded',
      'Digital emphasis',
      'Data centre attack',
    ]);
    part(el, 'control-list').click();
    await el.updateComplete;
    const listed = allByRole(part(el, 'list'), 'button').map((b) => b.textContent!.trim());
    expect(listed).to.deep.equal(['Directorate founded', 'Digital emphasis', 'Data centre attack']);
    legendButtons(el)[1]!.click();
    await el.updateComplete;
    expect(allByRole(part(el, 'list'), 'button')).to.have.length(5);
  });

  it('toggles from the keyboard and speaks the reader’s language', async () => {
    const el = await mountIn('id');
    expect(legendButtons(el).map((b) => accessibleName(b))).to.deep.equal(['Kebijakan', 'Siber']);
    legendButtons(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(legendButtons(el)[0]!.getAttribute('aria-pressed')).to.equal('false');
    await until(() => !markNamed(el, 'Direktorat'));
    expect(markNamed(el, 'Badan siber')).to.exist;
  });

  it('steps the arrow keys only through the events left', async () => {
    const el = await mountIn();
    legendButtons(el)[0]!.click();
    await el.updateComplete;
    await until(() => !markNamed(el, 'Directorate'));
    markNamed(el, 'Cyber agency')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const active = () => focused(el);
    await until(() => active() && accessibleName(active()!).startsWith('Data protection'));
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => active() && accessibleName(active()!).startsWith('Cyber agency'));
  });
});

describe('the search box', () => {
  it('narrows the events to those whose text matches, and says how many', async () => {
    const el = await mountIn();
    expect(accessibleName(searchBox(el))).to.equal('Search events');
    await type(el, 'data');
    await until(() => marks(el).length === 2);
    expect(titles(el)).to.deep.equal(['Data protection law', 'Data centre attack']);
    expect(description(searchBox(el))).to.equal('2 events match');
    expect(allByRole(el, 'status')[0]!.textContent).to.equal('2 events match');
  });

  it('moves the view to the matches', async () => {
    const el = await mountIn();
    await type(el, 'directorate');
    const { detail } = await oneEvent(el, 'timeline-rangechange');
    expect(detail.start.getFullYear()).to.be.at.most(2002);
    expect(detail.end.getFullYear()).to.be.below(2004);
    expect(description(searchBox(el))).to.equal('1 event matches');
  });

  it('says when nothing matches, in Indonesian too', async () => {
    const el = await mountIn('id');
    expect(searchBox(el).placeholder).to.equal('Cari peristiwa');
    await type(el, 'zzz');
    expect(description(searchBox(el))).to.equal('Tidak ada peristiwa yang cocok');
    await until(() => marks(el).length === 0);
  });

  it('searches the current language’s text', async () => {
    const el = await mountIn('id');
    await type(el, 'siber');
    await until(() => marks(el).length === 1);
    expect(titles(el)).to.deep.equal(['Badan siber']);
  });

  it('empties with Escape and shows every event again', async () => {
    const el = await mountIn();
    await type(el, 'cyber');
    await until(() => marks(el).length === 1);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(searchBox(el).value).to.equal('');
    expect(description(searchBox(el))).to.equal('');
    // The view stays where the search took it; showing everything brings all five back.
    el.reset();
    await until(() => marks(el).length === 5);
  });
});

/** Eight categories with long names, most of all in Indonesian. */
const MANY_CATEGORIES = '/test/fixtures/many-categories.json';

describe('the legend on a phone', () => {
  afterEach(restoreViewport);

  /** A phone's box tall enough that the search row is not folded (see folded-filters). */
  async function mountPhone(src: string, lang: string, width = 375): Promise<DiplomacyTimeline> {
    await setViewport({ width, height: 740 });
    return mount({ src, attributes: { lang }, size: [width, 560] });
  }
  const toggle = (el: DiplomacyTimeline) => findPart(el, 'legend-toggle');
  const legendMenu = (el: DiplomacyTimeline) => toggle(el)!.closest('details')!;

  /** Whether `inner`'s box lies inside `outer`'s, to the pixel. */
  function within(inner: Element, outer: Element): boolean {
    const a = inner.getBoundingClientRect();
    const b = outer.getBoundingClientRect();
    return (
      a.left >= b.left - 0.5 &&
      a.right <= b.right + 0.5 &&
      a.top >= b.top - 0.5 &&
      a.bottom <= b.bottom + 0.5
    );
  }

  for (const [src, lang, count] of [
    [DEFAULT_DATASET, 'en', 5],
    [DEFAULT_DATASET, 'id', 5],
    [MANY_CATEGORIES, 'id', 8],
  ] as const) {
    it(`folds ${count} categories (${lang}) into a button whose menu shows each one inside the widget`, async () => {
      const el = await mountPhone(src, lang);
      const button = await until(() => toggle(el));
      expect(button.checkVisibility()).to.equal(true);
      expect(within(button, el)).to.equal(true);
      expect(accessibleName(button)).to.equal(lang === 'id' ? 'Kategori' : 'Categories');
      button.click();
      await until(() => legendMenu(el).open && legendButtons(el)[0]!.checkVisibility());
      expect(legendButtons(el)).to.have.length(count);
      for (const item of legendButtons(el)) {
        expect(item.checkVisibility(), accessibleName(item)).to.equal(true);
        expect(within(item, el), `${accessibleName(item)} inside the widget`).to.equal(true);
      }
      const legend = part(el, 'legend');
      expect(legend.scrollWidth, 'no sideways scrolling').to.be.at.most(legend.clientWidth);
      expect(accessibleName(legend)).to.equal(
        lang === 'id'
          ? 'Kategori (tekan untuk menyembunyikan atau menampilkan)'
          : 'Categories (press to hide or show)',
      );
    });
  }

  it('hides and shows categories from the keyboard, and says how many are shown', async () => {
    const el = await mountPhone(MANY_CATEGORIES, 'id');
    const button = await until(() => toggle(el));
    searchBox(el).focus();
    await sendKeys({ press: 'Tab' });
    expectSame(focused(el), button, 'focus is on the Categories button');
    await sendKeys({ press: 'Enter' });
    expect(legendMenu(el).open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expectSame(focused(el), legendButtons(el)[0], 'focus is on the first category');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(legendButtons(el)[0]!.getAttribute('aria-pressed')).to.equal('false');
    await until(() => !markNamed(el, 'Peristiwa contoh 1:'));
    expect(legendMenu(el).open, 'the menu stays open while choosing').to.equal(true);
    expect(accessibleName(toggle(el)!)).to.equal('Kategori: 7 dari 8');
    await sendKeys({ press: 'Escape' });
    expect(legendMenu(el).open).to.equal(false);
    expectSame(focused(el), toggle(el), 'focus is back on the Categories button');
  });

  it('shows the legend in its row again when the widget is wide enough, and wraps it before folding it', async () => {
    const el = await mountPhone(DEFAULT_DATASET, 'id');
    await until(() => toggle(el));
    el.style.width = '1200px';
    await until(() => !toggle(el) && legendButtons(el).length === 5);
    const lines = () =>
      new Set(legendButtons(el).map((b) => Math.round(b.getBoundingClientRect().top))).size;
    expect(lines()).to.equal(1);
    el.style.width = '736px';
    await until(() => legendLayout(el) === 'wrap');
    expect(lines()).to.equal(2);
    for (const item of legendButtons(el))
      expect(within(item, el), accessibleName(item)).to.equal(true);
    el.style.width = '375px';
    await until(() => toggle(el));
  });

  it('measures its entries again when the type grows with the widget, as a presentation’s does', async () => {
    const el = await mountPhone(DEFAULT_DATASET, 'en', 1200);
    await until(() => legendButtons(el)[4]?.checkVisibility());
    expect(toggle(el)).to.equal(null);
    el.style.width = '1250px';
    el.style.setProperty('--dt-font-size', '28px');
    await until(() => toggle(el) || legendLayout(el) === 'wrap');
    const legend = part(el, 'legend');
    if (legend.checkVisibility())
      for (const item of legendButtons(el))
        expect(within(item, el), accessibleName(item)).to.equal(true);
  });

  it('names the button in the new language when the language changes', async () => {
    const el = await mountPhone(MANY_CATEGORIES, 'en');
    await until(() => toggle(el));
    el.lang = 'id';
    await until(() => toggle(el) && accessibleName(toggle(el)!) === 'Kategori');
  });
});
