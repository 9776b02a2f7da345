import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
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
  return el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim() ?? '';
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
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="id">
          <diplomacy-timeline timeout="0.3" src="/test-hang/data/x.json"></diplomacy-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('diplomacy-timeline')!;
      const failed = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('timeline-error', resolve as EventListener, { once: true }),
      );
      const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
      expect(alert.textContent).to.include('tidak ada jawaban dalam 0.3 detik');
      expect((await failed).detail.message).to.include('/test-hang/data/x.json');
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
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <diplomacy-timeline
          timeout="0.2"
          src="/test-delay/600/test-dataset/7.json"
          style="width: 800px; height: 400px"
        ></diplomacy-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('diplomacy-timeline')!;
    const retry = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.retry'));
    el.timeout = 10;
    retry.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.be.null;
    await drawn(el);
    expect(titleOf(el)).to.equal('Dataset 7');
  });

  it('offers no Try again for a dataset that is wrong, since trying again cannot help', async () => {
    const el = await fixture<DiplomacyTimeline>(html`<diplomacy-timeline></diplomacy-timeline>`);
    el.data = { events: [{ id: 'a', start: 'soon', title: 'x' }] };
    // The words for what is wrong come with the schema, a chunk loaded for broken data only.
    await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('.retry')).to.be.null;
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
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <diplomacy-timeline style="width: 800px; height: 400px"></diplomacy-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('diplomacy-timeline')!;
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
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <diplomacy-timeline
          src="/test-delay/300/test-dataset/3.json"
          style="width: 800px; height: 400px"
        ></diplomacy-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('diplomacy-timeline')!;
    const fired: string[] = [];
    el.addEventListener('timeline-load', () => fired.push('load'));
    el.addEventListener('timeline-error', () => fired.push('error'));
    await until(() => el.shadowRoot!.querySelector('[role="status"].status'));
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
