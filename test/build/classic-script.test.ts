import { expect, fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { until } from '../helpers.js';

describe('dist/diplomacy-timeline.iife.js', () => {
  it('draws and answers in a page that loads it with a plain <script src>', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="classic"
        src="/test/fixtures/classic-page.html"
        style="width: 900px; height: 500px"
      ></iframe>`,
    );
    const el = await until(() => {
      const found = frame.contentDocument?.querySelector<DiplomacyTimeline>('diplomacy-timeline');
      return found?.shadowRoot?.querySelector('.mark') ? found : null;
    });
    const before = el.visibleRange;
    el.shadowRoot!.querySelector<HTMLElement>('[part~="control-zoom-in"]')!.click();
    await until(
      () =>
        el.visibleRange.end.getTime() - el.visibleRange.start.getTime() <
        (before.end.getTime() - before.start.getTime()) * 0.6,
    );
    // It loaded nothing but itself: an IIFE cannot fetch chunks, so everything is inside.
    const scripts = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((path) => path.endsWith('.js') && !path.startsWith('/__web-dev-server'));
    expect(scripts).to.deep.equal(['/dist/diplomacy-timeline.iife.js']);
    // A feature that the module loads lazily is there too: the hash link.
    el.setAttribute('link-hash', '');
    el.select('digital-command-center');
    await until(() => frame.contentWindow!.location.hash === '#dt-event=digital-command-center');
  });
});
