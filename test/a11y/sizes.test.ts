import { expect } from '@open-wc/testing';
import { syntheticDataset } from '../fixtures/synthetic.js';
import { threeEvents } from '../fixtures/small-dataset.js';
import { setViewport } from '../engine.js';
import { byRole, mount, nextRangeChange, parts } from '../harness.js';
import { DEFAULT_DATASET, accessibleName, markNamed, marks } from '../helpers.js';

afterEach(async () => {
  await setViewport({ width: 1280, height: 800 });
});

/** Every button of the widget, shown or not, with its box. */
/** The buttons a pointer can reach: those shown (a wide widget's search-row button is not). */
function buttons(el: HTMLElement): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('button')].filter((b) =>
    b.checkVisibility(),
  );
}

describe('accessibility: preferences and sizes', () => {
  it('animates the zoom buttons otherwise', async () => {
    const el = await mount({ data: threeEvents, size: [900, 400] });
    const label = markNamed(el, 'First')!.querySelector('.label')!;
    expect(getComputedStyle(label).transitionDuration).not.to.equal('0s');
    const before = el.visibleRange;
    const settled = nextRangeChange(el);
    byRole(el, 'button', 'Zoom in').click();
    expect(el.visibleRange.start.getTime()).to.equal(before.start.getTime());
    await settled;
    expect(el.visibleRange.start.getTime()).to.be.greaterThan(before.start.getTime());
  });

  it('gives every pointer target at least 24 × 24 pixels', async () => {
    const el = await mount({ data: syntheticDataset(800), size: [900, 400] });
    const targets = buttons(el);
    expect(targets.length).to.be.greaterThan(10);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, accessibleName(target)).to.be.at.least(24);
      expect(box.width, accessibleName(target)).to.be.at.least(24);
    }
  });

  it('gives every touch target at least 44 × 44 pixels in kiosk mode', async () => {
    for (const [data, selected] of [
      [syntheticDataset(800, { ranges: 3 }), null],
      [threeEvents, 'a'],
    ] as const) {
      const el = await mount({
        data,
        attributes: { mode: 'kiosk', ...(selected ? { selected } : {}) },
        size: [1200, 700],
      });
      for (const target of buttons(el)) {
        const box = target.getBoundingClientRect();
        expect(box.height, accessibleName(target)).to.be.at.least(44);
        expect(box.width, accessibleName(target)).to.be.at.least(44);
      }
    }
  });

  it('stays usable at 200 % page zoom (a 640-pixel-wide layout viewport)', async () => {
    await setViewport({ width: 640, height: 400 });
    const el = await mount({
      src: DEFAULT_DATASET,
      size: null,
      style: 'width: 100%; font-size: 28px',
    });
    const box = el.getBoundingClientRect();
    for (const control of parts(el, 'control')) {
      const r = control.getBoundingClientRect();
      expect(r.right, accessibleName(control)).to.be.at.most(box.right);
    }
    expect(marks(el).length).to.be.greaterThan(0);
  });
});
