import { expect } from '@open-wc/testing';
import { part, span } from '../harness.js';
import { until } from '../helpers.js';
import { drawnIn, openPage, scriptsOf } from '../pages.js';

describe('dist/diplomacy-timeline.iife.js', () => {
  it('draws and answers in a page that loads it with a plain <script src>', async () => {
    const frame = await openPage('/test/fixtures/classic-page.html', { title: 'classic' });
    const el = await drawnIn(frame);
    const before = span(el);
    part(el, 'control-zoom-in').click();
    await until(() => span(el) < before * 0.6);
    // It loaded nothing but itself: an IIFE cannot fetch chunks, so everything is inside.
    expect(scriptsOf(frame)).to.deep.equal(['/dist/diplomacy-timeline.iife.js']);
    // A feature that the module loads lazily is there too: the hash link.
    el.setAttribute('link-hash', '');
    el.select('digital-command-center');
    await until(() => frame.contentWindow!.location.hash === '#dt-event=digital-command-center');
  });
});
