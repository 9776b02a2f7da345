import { expect } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { restoreViewport, setViewport } from '../engine.js';
import { DEFAULT_DATASET, accessibleName, until } from '../helpers.js';
import { overlap } from '../geometry.js';
import { findPart, mount, part, parts } from '../harness.js';

/**
 * The toolbar a reader sees: the header's buttons and title, the search box and the legend (the
 * row opened from its header button, as a phone's short box folds it).
 */
const TOOLBAR = [
  ...['control-list', 'title', 'control-filters', 'control-zoom-in', 'control-zoom-out'],
  ...['control-reset', 'control-export', 'search-input', 'legend-toggle'],
];
function toolbar(el: DiplomacyTimeline): HTMLElement[] {
  return TOOLBAR.flatMap((name) => parts(el, name));
}

describe('the frame on a phone', () => {
  afterEach(restoreViewport);

  for (const width of [320, 375, 414]) {
    it(`fits its header and its row at ${width} px in Indonesian, nothing clipped or overlapping`, async () => {
      await setViewport({ width, height: 740 });
      const el = await mount({
        src: DEFAULT_DATASET,
        attributes: { lang: 'id' },
        size: [width, 416],
      });
      part(el, 'control-filters').click();
      await until(() => findPart(el, 'legend-toggle')?.checkVisibility());
      const shown = toolbar(el);
      // List, title, search row, three zoom buttons, download; search, categories.
      expect(shown).to.have.length(9);
      const host = el.getBoundingClientRect();
      const boxes = shown.map((p) => [p, p.getBoundingClientRect()] as const);
      for (const [part, box] of boxes) {
        const name = accessibleName(part) || part.className;
        expect(part.checkVisibility(), name).to.equal(true);
        expect(box.left >= host.left && box.right <= host.right, `${name} inside`).to.equal(true);
        for (const [other, otherBox] of boxes)
          if (other !== part)
            expect(overlap(box, otherBox, 0.5), `${name} clear of ${other.className}`).to.equal(
              false,
            );
      }
      const title = part(el, 'title');
      // At least its first word is readable.
      expect(title.getBoundingClientRect().width).to.be.at.least(70);
      // The list button keeps its name though it shows only its icon.
      expect(accessibleName(part(el, 'control-list'))).to.equal('Daftar');
    });
  }
});
