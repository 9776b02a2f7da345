import { expect, fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../src/diplomacy-timeline.js';
import { cardTitle, part } from './harness.js';
import { DEFAULT_DATASET, drawn, markNamed, until } from './helpers.js';

const page = `${location.pathname}${location.search}`;

describe('two timelines on one page', () => {
  afterEach(() => history.replaceState(null, '', page));

  it('keep their own data, language, view, selection and hash keys', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <diplomacy-timeline
          id="story"
          link-hash="story"
          src=${DEFAULT_DATASET}
          lang="en"
          style="width: 900px; height: 480px"
        ></diplomacy-timeline>
        <diplomacy-timeline
          id="table"
          link-hash="table"
          src="/test/fixtures/small.csv"
          lang="id"
          style="width: 900px; height: 480px"
        ></diplomacy-timeline>
      </div>`,
    );
    const [story, table] = [...wrapper.querySelectorAll<DiplomacyTimeline>('diplomacy-timeline')];
    await Promise.all([drawn(story!), drawn(table!)]);
    const tableView = table!.visibleRange;

    markNamed(story!, 'Digital Command Center set up')!.click();
    // Written once the hash link's code (loaded on demand, for both widgets) has arrived.
    await until(() => location.hash === '#story-event=digital-command-center');
    story!.zoomTo('2016', '2018');
    await until(() => location.hash.includes('story-range=2016-01-01~2018-12-31'));
    markNamed(table!, 'Pelatihan media baru')!.click();
    await until(() => location.hash.includes('table-event=training'));

    expect(location.hash).to.equal(
      '#story-event=digital-command-center&story-range=2016-01-01~2018-12-31&table-event=training',
    );
    expect(story!.selected).to.equal('digital-command-center');
    expect(table!.selected).to.equal('training');
    expect(table!.visibleRange).to.deep.equal(tableView);
    await Promise.all([story!.updateComplete, table!.updateComplete]);
    // Each speaks its own language and shows its own card.
    expect(cardTitle(story!)!.textContent).to.equal('Digital Command Center set up');
    expect(cardTitle(table!)!.textContent).to.equal('Pelatihan media baru');
    expect(part(table!, 'control-zoom-in').getAttribute('aria-label')).to.equal('Perbesar');

    // Back undoes the last choice, which was the table's; the story keeps its event.
    const back = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    await until(() => table!.selected === null);
    expect(story!.selected).to.equal('digital-command-center');
  });
});
