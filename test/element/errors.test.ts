import { expect } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { allByRole, byRole, failed, loaded, mount, part } from '../harness.js';
import { DEFAULT_DATASET, drawn, marks } from '../helpers.js';

describe('<diplomacy-timeline> bad input', () => {
  let pageErrors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    pageErrors.push('reason' in event ? event.reason : event.error);
  beforeEach(() => {
    pageErrors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(pageErrors, 'nothing escapes to the page').to.deep.equal([]);
  });

  /** An empty timeline, mounted and waiting for a dataset. */
  function mountEmpty(lang?: string): Promise<DiplomacyTimeline> {
    return mount({ size: [800, 360], wait: 'update', attributes: lang ? { lang } : {} });
  }

  async function failWith(src: string | undefined, data?: unknown) {
    const el = await mountEmpty();
    const failure = failed(el);
    if (src) el.src = src;
    else el.data = data;
    const detail = await failure;
    await el.updateComplete;
    // The message is the alert's first paragraph; a "Try again" button may follow it.
    const message = byRole(el, 'alert').querySelector('p')!;
    return { el, detail, text: message.textContent!.replace(/\s+/g, ' ').trim() };
  }

  function withEvents(events: unknown[]): unknown {
    return { events };
  }

  it('says so when the address cannot be reached', async () => {
    const { text, detail } = await failWith('http://127.0.0.1:9/events.json');
    expect(text).to.contain('http://127.0.0.1:9/events.json');
    expect(text).to.contain('cannot be reached');
    expect(detail.message).to.equal(text);
  });

  it('says so when the server answers with an error', async () => {
    const { text } = await failWith('/test/fixtures/missing.json');
    expect(text).to.contain('404');
  });

  it('says so when the file is not JSON', async () => {
    const { text } = await failWith('/test/fixtures/not-json.json');
    expect(text).to.contain('not a readable JSON file');
  });

  it('names the path of a bad date', async () => {
    const good = { id: 'x', start: '2017', title: 'x' };
    const { text, detail } = await failWith(
      undefined,
      withEvents([
        good,
        { ...good, id: 'y' },
        { ...good, id: 'z' },
        { ...good, id: 'w', start: '2017-13-01' },
      ]),
    );
    expect(text).to.equal(
      'events[3].start: "2017-13-01" is not a date (write 2017, 2017-01 or 2017-01-10).',
    );
    expect(detail.path).to.equal('events[3].start');
  });

  it('rejects duplicate ids, naming both', async () => {
    const { text, detail } = await failWith(
      undefined,
      withEvents([
        { id: 'x', start: '2017', title: 'a' },
        { id: 'x', start: '2018', title: 'b' },
      ]),
    );
    expect(detail.path).to.equal('events[1].id');
    expect(text).to.contain('events[0]');
  });

  it('rejects an end before its start', async () => {
    const { detail } = await failWith(
      undefined,
      withEvents([{ id: 'x', start: '2017', end: '2015', title: 'a' }]),
    );
    expect(detail.path).to.equal('events[0].end');
    expect(detail.message).to.contain('events[0].end');
  });

  it('explains in Indonesian when the reader reads Indonesian', async () => {
    const el = await mountEmpty('id');
    const failure = failed(el);
    el.data = { title: 'x' };
    expect((await failure).message).to.equal('events tidak ada.');
  });

  it('shows a friendly empty state, not an error, for a dataset without events', async () => {
    const el = await mountEmpty();
    let errors = 0;
    el.addEventListener('timeline-error', () => errors++);
    const load = loaded(el);
    el.data = { events: [] };
    await load;
    await el.updateComplete;
    expect(allByRole(el, 'alert')).to.be.empty;
    expect(part(el, 'empty').textContent).to.contain('no events');
    expect(errors).to.equal(0);
  });

  it('recovers when a later src is valid', async () => {
    const { el } = await failWith('/test/fixtures/not-json.json');
    const load = loaded(el);
    el.src = DEFAULT_DATASET;
    await load;
    await drawn(el);
    expect(allByRole(el, 'alert')).to.be.empty;
    expect(marks(el).length).to.be.greaterThan(3);
  });

  it('shows only the latest src when an earlier response arrives last', async () => {
    const el = await mountEmpty();
    const loads: string[] = [];
    el.addEventListener('timeline-load', (e) => loads.push(e.detail.dataset.title?.['en'] ?? ''));
    el.src = `/test-delay/400/test/fixtures/not-json.json`;
    await el.updateComplete;
    const load = loaded(el);
    el.src = `/test-delay/10${DEFAULT_DATASET}`;
    await load;
    // Wait past the slow response: it must not replace what is shown.
    await fetch('/test-delay/500/test/fixtures/not-json.json');
    await el.updateComplete;
    expect(allByRole(el, 'alert')).to.be.empty;
    expect(loads).to.have.length(1);
  });

  it('can be removed while fetching and put back', async () => {
    const el = await mount({
      src: `/test-delay/200${DEFAULT_DATASET}`,
      size: [800, 360],
      style: 'display: block',
      wait: 'update',
    });
    const wrapper = el.parentElement!;
    el.remove();
    await fetch('/test-delay/300/test/fixtures/not-json.json');
    const load = loaded(el);
    wrapper.append(el);
    await load;
    await drawn(el);
    expect(marks(el).length).to.be.greaterThan(3);
  });
});
