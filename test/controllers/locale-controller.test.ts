import { expect, fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { en } from '../../src/i18n/en.js';
import { addLocale } from '../../src/index.js';
import { accessibleName, drawn, until } from '../helpers.js';
import { mount, part } from '../harness.js';

const data = { events: [{ id: 'a', start: '2017-01', title: 'A' }] };

function zoomInName(el: DiplomacyTimeline): string {
  return accessibleName(part(el, 'control-zoom-in'));
}

describe('the language the timeline speaks', () => {
  it('follows the lang of an ancestor when the page changes it', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="id">
        <diplomacy-timeline .data=${data} style="width: 600px; height: 300px"></diplomacy-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('diplomacy-timeline')!;
    await drawn(el);
    expect(zoomInName(el)).to.equal('Perbesar');
    wrapper.lang = 'en';
    await until(() => zoomInName(el) === 'Zoom in');
  });

  it('speaks the language of the part of the page it is moved to', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <div lang="id" class="from">
          <diplomacy-timeline
            .data=${data}
            style="width: 600px; height: 300px"
          ></diplomacy-timeline>
        </div>
        <div lang="en" class="to"></div>
      </div>`,
    );
    const el = page.querySelector('diplomacy-timeline')!;
    await drawn(el);
    expect(zoomInName(el)).to.equal('Perbesar');
    page.querySelector('.to')!.append(el);
    await drawn(el);
    expect(zoomInName(el)).to.equal('Zoom in');
  });

  it('takes up a language added after it first looked, at its next update', async () => {
    const el = await mount({ data, attributes: { lang: 'xz' }, size: [600, 300] });
    expect(zoomInName(el)).to.equal('Zoom in');
    addLocale({ ...en, lang: 'xz', zoomIn: 'Zoom xz' });
    el.requestUpdate();
    await el.updateComplete;
    expect(zoomInName(el)).to.equal('Zoom xz');
  });

  it("says in English what a page's own language table lacks, and still draws", async () => {
    const el = await mount({ data, attributes: { lang: 'xy' }, size: [600, 300] });
    // A table written before the widget learnt its newest words, in plain JavaScript.
    const older: Record<string, unknown> = { ...en, lang: 'xy', zoomIn: 'Zoom xy' };
    delete older.zoomOut;
    addLocale(older as unknown as typeof en);
    el.requestUpdate();
    await el.updateComplete;
    const zoomOut = part(el, 'control-zoom-out');
    expect(zoomInName(el)).to.equal('Zoom xy');
    expect(accessibleName(zoomOut)).to.equal('Zoom out');
  });
});
