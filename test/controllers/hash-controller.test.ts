import { expect, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
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

/**
 * Mounts a linked timeline and waits for the hash link's code too: it is loaded on demand, and
 * a choice made before it arrives is written as the current entry, not a new one.
 */
async function mountLinked(template: ReturnType<typeof html>): Promise<DiplomacyTimeline> {
  const el = await mountLoaded(template);
  await import('../../src/controllers/hash-controller.js');
  return el;
}

describe('link-hash', () => {
  afterEach(() => history.replaceState(null, '', page));

  it('writes the chosen event into the hash, and Back steps back through the choices', async () => {
    const el = await mountLinked(
      html`<diplomacy-timeline
        link-hash
        src=${DEFAULT_DATASET}
        lang="en"
        style="width: 1000px; height: 420px"
      ></diplomacy-timeline>`,
    );
    const length = history.length;
    markNamed(el, 'Digital Command Center set up')!.click();
    await until(() => location.hash === '#dt-event=digital-command-center');
    markNamed(el, 'National Cyber and Crypto Agency')!.click();
    await until(() => location.hash === '#dt-event=bssn-established');
    expect(history.length).to.equal(length + 2);

    await go(-1);
    await until(() => el.selected === 'digital-command-center');
    const card = el.shadowRoot!.querySelector('[part="detail"] h2');
    expect(card?.textContent).to.contain('Digital Command Center');
    await go(-1);
    expect(await selectedAfterUpdate(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="detail"]')).to.equal(null);
    await go(1);
    expect(await selectedAfterUpdate(el)).to.equal('digital-command-center');
  });

  it('restores the event and the range a shared link names', async () => {
    history.replaceState(
      null,
      '',
      `${page}#dt-event=bssn-established&dt-range=2016-01-01~2018-12-31`,
    );
    const el = await mountLinked(
      html`<diplomacy-timeline
        link-hash
        src=${DEFAULT_DATASET}
        lang="en"
        style="width: 1000px; height: 420px"
      ></diplomacy-timeline>`,
    );
    await until(() => el.selected === 'bssn-established');
    await until(() => el.visibleRange.start.getFullYear() === 2016);
    expect(el.visibleRange.end.getFullYear()).to.equal(2018);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="detail"] h2')!.textContent).to.contain(
      'National Cyber and Crypto Agency',
    );
  });

  it('keeps a zoom in the current entry rather than adding one', async () => {
    const el = await mountLinked(
      html`<diplomacy-timeline
        link-hash
        src=${DEFAULT_DATASET}
        style="width: 1000px; height: 420px"
      ></diplomacy-timeline>`,
    );
    const length = history.length;
    el.zoomTo('2010', '2012');
    await until(() => location.hash === '#dt-range=2010-01-01~2012-12-31');
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
