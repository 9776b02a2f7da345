import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { accessibleName, markNamed, marks, mountLoaded, until } from '../helpers.js';

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

function mount(lang = 'en'): Promise<DiplomacyTimeline> {
  return mountLoaded(
    html`<diplomacy-timeline
      .data=${dataset}
      lang=${lang}
      style="width: 1000px; height: 420px"
    ></diplomacy-timeline>`,
  );
}

const root = (el: DiplomacyTimeline) => el.shadowRoot!;
const legendButtons = (el: DiplomacyTimeline) => [
  ...root(el).querySelectorAll<HTMLButtonElement>('[part="legend-item"]'),
];
const searchBox = (el: DiplomacyTimeline) =>
  root(el).querySelector<HTMLInputElement>('[part="search-input"]')!;
const titles = (el: DiplomacyTimeline) => marks(el).map((m) => accessibleName(m).split(',')[0]);

async function type(el: DiplomacyTimeline, text: string) {
  searchBox(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('the legend', () => {
  it('names each category with its colour, as toggle buttons that are pressed when shown', async () => {
    const el = await mount();
    const group = root(el).querySelector('[part="legend"]')!;
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
    const el = await mount();
    legendButtons(el)[1]!.click();
    await el.updateComplete;
    expect(legendButtons(el)[1]!.getAttribute('aria-pressed')).to.equal('false');
    await until(() => !markNamed(el, 'Cyber agency'));
    expect(titles(el)).to.deep.equal([
      'Directorate founded',
      'Digital emphasis',
      'Data centre attack',
    ]);
    root(el).querySelector<HTMLButtonElement>('.list-toggle')!.click();
    await el.updateComplete;
    const listed = [...root(el).querySelectorAll('.list-title')].map((b) => b.textContent!.trim());
    expect(listed).to.deep.equal(['Directorate founded', 'Digital emphasis', 'Data centre attack']);
    legendButtons(el)[1]!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.list-title')).to.have.length(5);
  });

  it('toggles from the keyboard and speaks the reader’s language', async () => {
    const el = await mount('id');
    expect(legendButtons(el).map((b) => accessibleName(b))).to.deep.equal(['Kebijakan', 'Siber']);
    legendButtons(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(legendButtons(el)[0]!.getAttribute('aria-pressed')).to.equal('false');
    await until(() => !markNamed(el, 'Direktorat'));
    expect(markNamed(el, 'Badan siber')).to.exist;
  });

  it('steps the arrow keys only through the events left', async () => {
    const el = await mount();
    legendButtons(el)[0]!.click();
    await el.updateComplete;
    await until(() => !markNamed(el, 'Directorate'));
    markNamed(el, 'Cyber agency')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const active = () => root(el).activeElement;
    await until(() => active() && accessibleName(active()!).startsWith('Data protection'));
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => active() && accessibleName(active()!).startsWith('Cyber agency'));
  });
});

describe('the search box', () => {
  it('narrows the events to those whose text matches, and says how many', async () => {
    const el = await mount();
    expect(accessibleName(searchBox(el))).to.equal('Search events');
    await type(el, 'data');
    await until(() => marks(el).length === 2);
    expect(titles(el)).to.deep.equal(['Data protection law', 'Data centre attack']);
    expect(root(el).querySelector('.match-count')!.textContent).to.equal('2 events match');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('2 events match');
  });

  it('moves the view to the matches', async () => {
    const el = await mount();
    await type(el, 'directorate');
    const { detail } = await oneEvent(el, 'timeline-rangechange');
    expect(detail.start.getFullYear()).to.be.at.most(2002);
    expect(detail.end.getFullYear()).to.be.below(2004);
    expect(root(el).querySelector('.match-count')!.textContent).to.equal('1 event matches');
  });

  it('says when nothing matches, in Indonesian too', async () => {
    const el = await mount('id');
    expect(searchBox(el).placeholder).to.equal('Cari peristiwa');
    await type(el, 'zzz');
    expect(root(el).querySelector('.match-count')!.textContent).to.equal(
      'Tidak ada peristiwa yang cocok',
    );
    await until(() => marks(el).length === 0);
  });

  it('searches the current language’s text', async () => {
    const el = await mount('id');
    await type(el, 'siber');
    await until(() => marks(el).length === 1);
    expect(titles(el)).to.deep.equal(['Badan siber']);
  });

  it('empties with Escape and shows every event again', async () => {
    const el = await mount();
    await type(el, 'cyber');
    await until(() => marks(el).length === 1);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(searchBox(el).value).to.equal('');
    expect(root(el).querySelector('.match-count')!.textContent).to.equal('');
    // The view stays where the search took it; showing everything brings all five back.
    el.reset();
    await until(() => marks(el).length === 5);
  });
});
