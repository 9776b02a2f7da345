import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { allByRole, failed, mount, parts } from '../harness.js';
import { accessibleName, drawn, until } from '../helpers.js';

/** Records what reaches the page: uncaught errors, rejected promises, console errors. */
function watchPage() {
  const seen: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    seen.push('message' in event ? event.message : String(event.reason));
  const consoleError = console.error;
  console.error = (...args: unknown[]) => seen.push(args.join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return {
    seen,
    stop() {
      console.error = consoleError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}

/**
 * Resolves once the test server has answered a request delayed by `ms`: every request it
 * received earlier with a delay of at most `ms` has been answered (or dropped) by then.
 */
function serverPassed(ms: number): Promise<unknown> {
  return fetch(`/test-delay/${ms}/test-dataset/0.json`).then((r) => r.text());
}

function titleOf(el: DiplomacyTimeline): string {
  return parts(el, 'title')[0]?.textContent?.trim() ?? '';
}

describe('a slow or hanging source', () => {
  it('times out with a message in the reader’s language and a Try again button', async () => {
    const fetches: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) fetches.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const page = await fixture<HTMLElement>(html`<div lang="id"></div>`);
      const el = await mount({
        src: '/test-hang/data/x.json',
        attributes: { timeout: '0.3' },
        size: null,
        place: (el) => page.append(el),
        wait: 'update',
      });
      const failure = failed(el);
      const alert = await until(() => allByRole(el, 'alert')[0]);
      expect(alert.textContent).to.include('tidak ada jawaban dalam 0.3 detik');
      expect((await failure).message).to.include('/test-hang/data/x.json');
      const retry = alert.querySelector<HTMLButtonElement>('button')!;
      expect(accessibleName(retry)).to.equal('Coba lagi');
      // The request was given up, not left hanging.
      expect(fetches.length).to.equal(1);
      expect(fetches[0]!.aborted).to.be.true;
      // Words follow the language, like every message.
      el.lang = 'en';
      await el.updateComplete;
      expect(alert.textContent).to.include('no answer within 0.3 s.');
      expect(accessibleName(retry)).to.equal('Try again');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('Try again loads the source again, and a source that answers in time is drawn', async () => {
    const el = await mount({
      src: '/test-delay/600/test-dataset/7.json',
      attributes: { timeout: '0.2' },
      size: [800, 400],
      wait: 'update',
    });
    const retry = await until(() => parts(el, 'retry')[0]);
    el.timeout = 10;
    retry.click();
    await el.updateComplete;
    expect(allByRole(el, 'alert')).to.be.empty;
    await drawn(el);
    expect(titleOf(el)).to.equal('Dataset 7');
  });

  it('offers no Try again for a dataset that is wrong, since trying again cannot help', async () => {
    const el = await mount({ size: null, wait: 'update' });
    el.data = { events: [{ id: 'a', start: 'soon', title: 'x' }] };
    // The words for what is wrong come with the schema, a chunk loaded for broken data only.
    await until(() => allByRole(el, 'alert')[0]);
    expect(parts(el, 'retry')).to.be.empty;
  });
});

describe('racing sources', function () {
  this.timeout(120_000);
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => {
    page = watchPage();
  });
  afterEach(() => page.stop());

  it('ends showing the last of many quick src changes, whatever order answers come in', async () => {
    const soak = (await executeServerCommand('soak')) as boolean;
    const changes = soak ? 1000 : 100;
    const maxDelay = 200;
    const el = await mount({ size: [800, 400], wait: 'update' });
    const loaded: string[] = [];
    const errors: string[] = [];
    el.addEventListener('timeline-load', (e) => loaded.push(String(e.detail.dataset.title?.['*'])));
    el.addEventListener('timeline-error', (e) => errors.push(e.detail.message));
    for (let i = 0; i < changes; i++) {
      el.src = `/test-delay/${Math.floor(Math.random() * maxDelay)}/test-dataset/${i}.json`;
      // Changes come at every pace: at once, after a microtask, a render or a frame.
      const pace = Math.random();
      if (pace < 0.25) await Promise.resolve();
      else if (pace < 0.5) await el.updateComplete;
      else if (pace < 0.75) await new Promise(requestAnimationFrame);
    }
    const last = `Dataset ${changes - 1}`;
    await until(() => loaded.includes(last));
    // Every answer the server still held has come back (or been dropped) by now.
    await serverPassed(maxDelay);
    await el.updateComplete;
    expect(loaded[loaded.length - 1]).to.equal(last);
    expect(titleOf(el)).to.equal(last);
    expect(errors).to.deep.equal([]);
    expect(page.seen).to.deep.equal([]);
  });

  it('raises nothing when removed during a fetch, and loads when put back', async () => {
    const el = await mount({
      src: '/test-delay/300/test-dataset/3.json',
      size: [800, 400],
      wait: 'update',
    });
    const wrapper = el.parentElement!;
    const fired: string[] = [];
    el.addEventListener('timeline-load', () => fired.push('load'));
    el.addEventListener('timeline-error', () => fired.push('error'));
    await until(() => allByRole(el, 'status').find((status) => status.matches('.status')));
    el.remove();
    await serverPassed(300);
    expect(fired).to.deep.equal([]);
    expect(page.seen).to.deep.equal([]);
    wrapper.append(el);
    await drawn(el);
    expect(titleOf(el)).to.equal('Dataset 3');
    expect(fired).to.deep.equal(['load']);
    expect(page.seen).to.deep.equal([]);
  });
});
