import { expect } from '@open-wc/testing';
import { findPart, mount } from '../harness.js';
import { DEFAULT_DATASET, marks, until, userSelect } from '../helpers.js';

describe('modes', () => {
  it('reads an unknown mode as embed, with a console warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await mount({
        src: DEFAULT_DATASET,
        attributes: { mode: 'museum' },
        size: [800, 400],
      });
      expect(el.mode).to.equal('embed');
      expect(el.getAttribute('mode')).to.equal('embed');
      expect(warnings.some((w) => w.includes('unknown mode "museum"'))).to.equal(true);
      expect(marks(el).length).to.be.greaterThan(0);
    } finally {
      console.warn = warn;
    }
  });

  it('switches modes on a live timeline, and back', async () => {
    const el = await mount({ src: DEFAULT_DATASET, attributes: { lang: 'en' }, size: [1000, 600] });
    expect(findPart(el, 'slide')).to.equal(null);
    el.mode = 'presentation';
    await until(() => findPart(el, 'slide'));
    expect(el.selected).to.not.equal(null);
    el.mode = 'kiosk';
    await until(() => userSelect(el) === 'none');
    expect(findPart(el, 'slide')).to.equal(null);
    // The chosen event is shown in the card again.
    expect(findPart(el, 'detail')).to.not.equal(null);
    el.mode = 'embed';
    await el.updateComplete;
    expect(userSelect(el)).to.not.equal('none');
  });
});
