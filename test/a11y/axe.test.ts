import { expect } from '@open-wc/testing';
import { syntheticDataset } from '../fixtures/synthetic.js';
import { setViewport } from '../engine.js';
import { byRole, failed, mount, parts } from '../harness.js';
import { DEFAULT_DATASET, until } from '../helpers.js';

afterEach(async () => {
  await setViewport({ width: 1280, height: 800 });
});

describe('accessibility: axe-core finds no violations', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const mode of ['embed', 'presentation', 'kiosk'] as const) {
      it(`with the default dataset, ${theme} theme, ${mode} mode`, async () => {
        const el = await mount({ src: DEFAULT_DATASET, attributes: { theme, mode } });
        await expect(el).to.be.accessible();
      });
    }

    it(`with a crowded dataset, ${theme} theme`, async () => {
      const el = await mount({
        data: syntheticDataset(3000, { ranges: 5 }),
        attributes: { theme },
      });
      expect(parts(el, 'cluster')).not.to.be.empty;
      await expect(el).to.be.accessible();
    });

    it(`with the detail card open, ${theme} theme`, async () => {
      const el = await mount({
        src: DEFAULT_DATASET,
        attributes: { theme, selected: 'digital-command-center' },
      });
      expect(parts(el, 'detail')).not.to.be.empty;
      await expect(el).to.be.accessible();
    });

    it(`in the error state, ${theme} theme`, async () => {
      const el = await mount({ attributes: { theme }, size: [800, 360], wait: 'update' });
      const failure = failed(el);
      el.src = '/test/fixtures/not-json.json';
      await failure;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it(`in the list view, ${theme} theme`, async () => {
      const el = await mount({ src: DEFAULT_DATASET, attributes: { theme } });
      byRole(el, 'button', 'List').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it(`on a phone, with the folded legend open, ${theme} theme`, async () => {
      await setViewport({ width: 375, height: 740 });
      const el = await mount({
        src: '/test/fixtures/many-categories.json',
        attributes: { lang: 'id', theme },
        size: [375, 416],
      });
      // The search row, folded into the header in a box this short, opened.
      parts(el, 'control-filters')[0]!.click();
      const toggle = await until(() => parts(el, 'legend-toggle')[0]);
      toggle.click();
      await until(() => toggle.closest('details')!.open);
      await expect(el).to.be.accessible();
    });
  }
});
