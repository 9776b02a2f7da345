import { expect } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { en } from '../../src/i18n/en.js';
import { addLocale } from '../../src/index.js';
import { threeEvents } from '../fixtures/small-dataset.js';
import { allByRole, byRole, mount, nextSelect, part } from '../harness.js';
import { accessibleName, drawn, markNamed, shownText } from '../helpers.js';

/** What the polite live region says: the status that is no loading or empty message. */
function liveRegion(el: DiplomacyTimeline): string {
  const region = allByRole(el, 'status').find((status) => !status.matches('.status'));
  return region!.textContent!.trim();
}

describe('accessibility: what screen readers hear', () => {
  it('announces the shown range once a zoom settles, in the reader’s language', async () => {
    const el = await mount({ data: threeEvents, attributes: { lang: 'id' }, size: [900, 400] });
    el.zoomTo('2003', '2016');
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Menampilkan 2003 – 2016');
    el.lang = 'en';
    el.zoomTo('2010', '2016');
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Showing 2010 – 2016');
  });

  it('announces the chosen event', async () => {
    const el = await mount({ data: threeEvents, size: [900, 400] });
    el.select('c');
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Third, 10 January 2017');
  });

  it('marks text shown in another language with its lang, rather than leaving it blank', async () => {
    const el = await mount({ data: threeEvents, attributes: { lang: 'id' }, size: [900, 400] });
    const mark = markNamed(el, 'Only in English')!;
    expect(shownText(mark.querySelector('[lang="en"]'))).to.equal('Only in English');
    expect(markNamed(el, 'Pertama')!.querySelector('[lang]')).to.equal(null);
  });

  it('falls back to English, without an error, for a language it does not know', async () => {
    let errors = 0;
    const el = await mount({
      data: threeEvents,
      attributes: { lang: 'xx' },
      size: [900, 400],
      wait: 'update',
    });
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
    const el = await mount({ data: threeEvents, attributes: { lang: 'xq' }, size: [900, 400] });
    expect(byRole(el, 'button', 'Zoom xq')).to.exist;
    expect(byRole(el, 'button', 'List xq')).to.exist;
    expect(markNamed(el, 'Third, 2017/January/10')).to.exist;
  });
});

describe('accessibility: the list view', () => {
  it('lists every event in time order with dates, categories and sources, in step with selection', async () => {
    const el = await mount({ data: threeEvents, size: [900, 400] });
    const toggle = byRole(el, 'button', 'List');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const list = byRole(part(el, 'list'), 'list');
    expect(accessibleName(list)).to.equal('Events in time order');
    const items = allByRole(list, 'listitem');
    const titles = items.map((li) => li.querySelector<HTMLButtonElement>('.list-title')!);
    expect(titles.map((title) => title.textContent!.trim())).to.deep.equal([
      'First',
      'Only in English',
      'Third',
    ]);
    expect(items[0]!.textContent).to.contain('2002');
    expect(items[0]!.textContent).to.contain('Institution');
    expect(byRole(items[1]!, 'link').getAttribute('href')).to.equal('https://example.org/a');
    expect(items[2]!.textContent).to.contain('10 January 2017');

    const chosen = nextSelect(el);
    titles[2]!.click();
    expect((await chosen).id).to.equal('c');
    await el.updateComplete;
    expect(titles[2]!.getAttribute('aria-expanded')).to.equal('true');
    el.select('a');
    await el.updateComplete;
    expect(titles[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(titles[2]!.getAttribute('aria-expanded')).to.equal('false');

    // Back to the drawing, the selection is still there.
    toggle.click();
    await drawn(el);
    expect(markNamed(el, 'First')!.getAttribute('aria-expanded')).to.equal('true');
  });
});
