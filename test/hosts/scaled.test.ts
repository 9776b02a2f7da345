// A page (a slide deck, a zoomed preview) may scale the widget with a CSS transform. What the
// widget fits to its box must be measured in its own CSS pixels, not in the scaled pixels
// on screen, or it fits for a box it does not have.
import { expect, fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { defaultDataset } from '../fixtures/small-dataset.js';
import { legendLayout, mount } from '../harness.js';

async function mountScaled(width: number, scale: number): Promise<DiplomacyTimeline> {
  const page = await fixture<HTMLElement>(
    html`<div style=${`transform: scale(${scale}); transform-origin: 0 0`}></div>`,
  );
  const el = await mount({
    data: await defaultDataset(),
    size: [width, 420],
    place: (timeline) => page.append(timeline),
  });
  await el.updateComplete;
  return el;
}

describe('a timeline in a page scaled by a transform', () => {
  for (const width of [390, 560, 760]) {
    it(`fits its legend at ${width} px as it would unscaled`, async () => {
      const unscaled = legendLayout(await mountScaled(width, 1));
      for (const scale of [0.5, 0.8, 1.5]) {
        expect(legendLayout(await mountScaled(width, scale)), `scaled by ${scale}`).to.equal(
          unscaled,
        );
      }
    });
  }
});
