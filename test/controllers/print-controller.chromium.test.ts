import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { DEFAULT_DATASET, until } from '../helpers.js';
import { findPart, mount, part, parts } from '../harness.js';

describe('printing a page that embeds the widget', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the events of the current view in time order, with dates and sources', async () => {
    const el = await mount({ src: DEFAULT_DATASET, attributes: { lang: 'en' }, size: [900, 420] });
    el.zoomTo('2016', '2017');
    await until(() => el.visibleRange.start.getFullYear() === 2016);
    el.select('digital-command-center');
    await el.updateComplete;

    await emulateMedia({ media: 'print' });
    // What is printed is the list's own markup (dates, titles, sources), read from the list.
    const list = await until(() => findPart(el, 'list'));
    const rows = [...list.querySelectorAll('li')];
    const dates = rows.map((li) => li.querySelector('.list-date')!.textContent!.trim());
    const titles = rows.map((li) => li.querySelector('.list-title')!.textContent!.trim());
    // Only what the view showed: 2016 and 2017, in time order (the eras around them too).
    expect(titles).to.include('Digital Command Center set up');
    expect(titles).to.not.include(
      'Directorate General of Information and Public Diplomacy founded',
    );
    expect(titles).to.not.include('Personal Data Protection Law signed');
    const years = dates.map((d) => Number(/\d{4}/.exec(d)![0]));
    expect(years).to.deep.equal([...years].sort((a, b) => a - b));
    const dcc = rows[titles.indexOf('Digital Command Center set up')]!;
    expect(dcc.querySelector('.list-date')!.textContent).to.equal('c. 2017');
    expect(dcc.querySelector('.list-sources')!.textContent).to.contain('Ludiro Madu');

    // No drawing to clip, no buttons, no card; the widget grows to hold the whole list.
    expect(part(el, 'plot').hidden).to.equal(true);
    for (const control of parts(el, 'control', 'detail')) {
      expect(getComputedStyle(control).display, control.getAttribute('part')!).to.equal('none');
    }
    expect(el.scrollHeight).to.be.at.most(el.clientHeight + 1);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(420);

    await emulateMedia({ media: 'screen' });
    await until(() => !part(el, 'plot').hidden);
    expect(findPart(el, 'list')).to.equal(null);
  });

  it('writes a source’s address after its label, since paper has no links', async () => {
    const el = await mount({
      src: '/test/fixtures/small.csv',
      attributes: { lang: 'en' },
      size: [900, 420],
    });
    await emulateMedia({ media: 'print' });
    const link = await until(() =>
      findPart(el, 'list')?.querySelector<HTMLAnchorElement>('.list-sources a'),
    );
    expect(link.textContent).to.equal('Putri (2021)');
    expect(getComputedStyle(link, '::after').content).to.equal('" (https://example.org/putri)"');
  });
});
