import { expect, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { cardTitle, findPart, part } from '../harness.js';
import { DEFAULT_DATASET, markNamed, mountLoaded, until } from '../helpers.js';

const page = `${location.pathname}${location.search}`;

/** Waits for the next popstate after going back or forward in history. */
async function go(delta: number): Promise<void> {
  const moved = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
  history.go(delta);
  await moved;
}

async function selectedAfterUpdate(el: DiplomacyTimeline): Promise<string | null> {
  await el.updateComplete;
  return el.selected;
}

/** A linked timeline whose attributes open it on the Digital Command Center. */
function linkedTimeline(): Promise<DiplomacyTimeline> {
  return mountLoaded(
    html`<diplomacy-timeline
      link-hash
      selected="digital-command-center"
      src=${DEFAULT_DATASET}
      lang="en"
      style="width: 1000px; height: 500px"
    ></diplomacy-timeline>`,
  );
}

/**
 * Mounts a linked timeline that opens on an event, and waits until that event is in the hash:
 * the hash link's code is loaded on demand, and this is the sign it has arrived.
 */
async function mountLinked(): Promise<DiplomacyTimeline> {
  const el = await linkedTimeline();
  await until(() => location.hash === '#dt-event=digital-command-center');
  return el;
}

describe('link-hash', () => {
  afterEach(() => history.replaceState(null, '', page));

  it('writes the chosen event into the hash, and Back steps back through the choices', async () => {
    const length = history.length;
    const el = await mountLinked();
    // The page's own choice takes the current entry: Back does not lead to a page without it.
    expect(history.length).to.equal(length);
    markNamed(el, 'National Cyber and Crypto Agency')!.click();
    await until(() => location.hash === '#dt-event=bssn-established');
    markNamed(el, 'Public awareness of digital diplomacy grows')!.click();
    await until(() => location.hash === '#dt-event=public-awareness-grows');
    expect(history.length).to.equal(length + 2);

    await go(-1);
    await until(() => el.selected === 'bssn-established');
    await el.updateComplete;
    const card = cardTitle(el);
    expect(card?.textContent).to.contain('National Cyber and Crypto Agency');
    await go(-1);
    expect(await selectedAfterUpdate(el)).to.equal('digital-command-center');
    await go(1);
    expect(await selectedAfterUpdate(el)).to.equal('bssn-established');

    // Closing the card is a choice too: the hash lets go of the event, and Back brings it back.
    part(el, 'detail-close').click();
    await until(() => location.hash === '');
    expect(findPart(el, 'detail')).to.equal(null);
    await go(-1);
    expect(await selectedAfterUpdate(el)).to.equal('bssn-established');
  });

  it('restores the event and the range a shared link names', async () => {
    history.replaceState(
      null,
      '',
      `${page}#dt-event=bssn-established&dt-range=2016-01-01~2018-12-31`,
    );
    // What the link names wins over what the page's attributes say.
    const el = await linkedTimeline();
    await until(() => el.selected === 'bssn-established');
    await until(() => el.visibleRange.start.getFullYear() === 2016);
    expect(el.visibleRange.end.getFullYear()).to.equal(2018);
    await el.updateComplete;
    expect(cardTitle(el)!.textContent).to.contain('National Cyber and Crypto Agency');
  });

  it('keeps a zoom in the current entry rather than adding one', async () => {
    const el = await mountLinked();
    const length = history.length;
    el.zoomTo('2010', '2012');
    await until(() => location.hash.includes('&dt-range='));
    expect(location.hash).to.equal(
      '#dt-event=digital-command-center&dt-range=2010-01-01~2012-12-31',
    );
    expect(history.length).to.equal(length);
  });

  it('leaves the hash alone without link-hash', async () => {
    const el = await mountLoaded();
    el.select('digital-command-center');
    el.zoomTo('2010', '2012');
    await until(() => el.visibleRange.start.getFullYear() === 2010);
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });
});
