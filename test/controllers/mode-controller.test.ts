import { expect, fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { DEFAULT_DATASET, drawn, marks, until, userSelect } from '../helpers.js';

describe('modes', () => {
  it('reads an unknown mode as embed, with a console warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<DiplomacyTimeline>(
        html`<diplomacy-timeline
          mode="museum"
          src=${DEFAULT_DATASET}
          style="width: 800px; height: 400px"
        ></diplomacy-timeline>`,
      );
      await drawn(el);
      expect(el.mode).to.equal('embed');
      expect(el.getAttribute('mode')).to.equal('embed');
      expect(warnings.some((w) => w.includes('unknown mode "museum"'))).to.equal(true);
      expect(marks(el).length).to.be.greaterThan(0);
    } finally {
      console.warn = warn;
    }
  });

  it('switches modes on a live timeline, and back', async () => {
    const el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline
        lang="en"
        src=${DEFAULT_DATASET}
        style="width: 1000px; height: 600px"
      ></diplomacy-timeline>`,
    );
    await drawn(el);
    expect(el.shadowRoot!.querySelector('.slide')).to.equal(null);
    el.mode = 'presentation';
    await until(() => el.shadowRoot!.querySelector('.slide'));
    expect(el.selected).to.not.equal(null);
    el.mode = 'kiosk';
    await until(() => userSelect(el) === 'none');
    expect(el.shadowRoot!.querySelector('.slide')).to.equal(null);
    // The chosen event is shown in the card again.
    expect(el.shadowRoot!.querySelector('.detail')).to.not.equal(null);
    el.mode = 'embed';
    await el.updateComplete;
    expect(userSelect(el)).to.not.equal('none');
  });
});
