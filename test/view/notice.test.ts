import { expect, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { mount, part, parts } from '../harness.js';
import { accessibleName, marks, mountLoaded, until } from '../helpers.js';

async function mountWithNotice(src: string, lang = 'en'): Promise<DiplomacyTimeline> {
  const el = await mount({ src, attributes: { lang }, size: [900, 420] });
  await until(() => parts(el, 'notice')[0]);
  return el;
}

describe('the notice of what loading left out', () => {
  it('says how many CSV rows were skipped, and lists which and why', async () => {
    const el = await mountWithNotice('/test/fixtures/skipped-rows.csv');
    const notice = part<HTMLDetailsElement>(el, 'notice');
    expect(notice.querySelector('summary')!.textContent!.trim()).to.equal('2 rows skipped');
    expect(notice.open).to.equal(false);
    notice.querySelector('summary')!.click();
    expect(notice.open).to.equal(true);
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Row 3, column 2 (start): "2017-13-01" is not a date (write 2017, 2017-01 or 2017-01-10).',
      'Row 5, column 2 (start) is missing.',
    ]);
    // The other rows load.
    expect(marks(el).map((m) => accessibleName(m).split(',')[0])).to.deep.equal(['First', 'Third']);
  });

  it('speaks Indonesian', async () => {
    const el = await mountWithNotice('/test/fixtures/skipped-rows.csv', 'id');
    const notice = part(el, 'notice');
    expect(notice.querySelector('summary')!.textContent!.trim()).to.equal('2 baris dilewati');
    expect(notice.querySelector('li')!.textContent).to.equal(
      'Baris 3, kolom 2 (start): "2017-13-01" bukan tanggal yang sah (tulis 2017, 2017-01, atau 2017-01-10).',
    );
  });

  it('says in words how a TimelineJS file is shown, never with its HTML', async () => {
    const el = await mountWithNotice('/test/fixtures/timelinejs/media-kinds.json');
    const notice = part(el, 'notice');
    expect(notice.querySelector('summary')!.textContent!.trim()).to.equal(
      '5 notes on how this file is shown',
    );
    const items = [...notice.querySelectorAll('li')].map((li) => li.textContent!);
    expect(items[0]).to.equal(
      'events[0] has no headline: its title "The lighthouse is lit for the first time." is taken from its text.',
    );
    expect(items.join(' ')).not.to.match(/<\/?[a-z]/i);
  });
});

describe('a TimelineJS object given as the data property', () => {
  it('is converted and drawn, with its notice', async () => {
    const file = await (await fetch('/test/fixtures/timelinejs/museum.json')).json();
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${file}
        style="width: 900px; height: 420px"
      ></diplomacy-timeline>`,
    );
    expect(marks(el).some((m) => accessibleName(m).startsWith('Digital Command Center'))).to.equal(
      true,
    );
    await until(() => parts(el, 'notice')[0]);
  });
});
