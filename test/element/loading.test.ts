import { expect, fixture, html } from '@open-wc/testing';
import { defaultDataset, smallDataset } from '../fixtures/small-dataset.js';
import { byRole, loaded, mount, nextRangeChange, part, parts, perceivable } from '../harness.js';
import { DEFAULT_DATASET, accessibleName, drawn, markNamed, marks } from '../helpers.js';

/** The names of the header's buttons a reader meets (the menu's choices stay hidden until it opens). */
function controlNames(el: HTMLElement): string[] {
  return parts(el, 'control').filter(perceivable).map(accessibleName);
}

describe('<diplomacy-timeline> with the default dataset', () => {
  it('lets a reader reach every event by a button named with its title and date', async () => {
    const raw = await defaultDataset();
    const el = await mount({ src: DEFAULT_DATASET });
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
    const el = await mount({ src: DEFAULT_DATASET });
    expect(part(el, 'title').textContent).to.contain('Digital Diplomacy');
    expect(controlNames(el)).to.deep.equal([
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
    const marksAtLoad = loaded(el).then(() => marks(el).length);
    el.data = smallDataset;
    wrapper.append(el);
    expect(await marksAtLoad).to.equal(smallDataset.events.length);
  });

  it('switches every word and date to Indonesian when lang changes, without reloading', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    let loads = 0;
    el.addEventListener('timeline-load', () => loads++);
    el.lang = 'id';
    await el.updateComplete;
    expect(controlNames(el)).to.deep.equal([
      'Daftar',
      'Perbesar',
      'Perkecil',
      'Tampilkan semua',
      'Unduh gambar',
    ]);
    expect(part(el, 'title').textContent).to.contain('Diplomasi Digital');
    el.zoomTo('2024-01', '2024-12');
    await drawn(el);
    const ransomware = marks(el).find((m) => accessibleName(m).includes('Juni 2024'));
    expect(ransomware, 'an event dated "Juni 2024"').to.exist;
    expect(loads).to.equal(0);
  });
});

describe('<diplomacy-timeline> CSV', () => {
  it('loads a semicolon-separated spreadsheet export given as src', async () => {
    const el = await mount({
      src: '/test/fixtures/small.csv',
      attributes: { lang: 'id' },
      size: [900, 400],
    });
    expect(markNamed(el, 'Pelatihan media baru, 2016')).to.exist;
    markNamed(el, 'Digital Command Center')!.click();
    await el.updateComplete;
    const card = part(el, 'detail');
    expect(card.textContent).to.contain('Pusat manajemen krisis Kemlu.');
    expect(byRole(card, 'link').getAttribute('href')).to.equal('https://example.org/putri');
  });
});

describe('<diplomacy-timeline> calls before the data arrives', () => {
  it('applies a zoomTo made right after setting src once the data is there', async () => {
    const el = await mount({ size: [900, 400], wait: 'update' });
    const load = loaded(el);
    el.src = DEFAULT_DATASET;
    el.zoomTo('2016', '2017');
    await load;
    await drawn(el);
    expect(el.visibleRange.start.getFullYear()).to.equal(2016);
    expect(el.visibleRange.end.getFullYear()).to.equal(2017);
  });
});

describe('<diplomacy-timeline> start and end set after loading', () => {
  it('shows the new range, even one wider than the data, and reports it', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    const settled = nextRangeChange(el);
    el.start = '1980';
    el.end = '2030';
    await el.updateComplete;
    await settled;
    expect(el.visibleRange.start.getFullYear()).to.equal(1980);
    expect(el.visibleRange.end.getFullYear()).to.equal(2030);
  });
});
