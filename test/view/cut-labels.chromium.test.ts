import { expect, fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import '../../src/index.js';
import { historyDataset } from '../../scripts/history-dataset.mjs';
import { accessibleName, drawn } from '../helpers.js';

/**
 * A label with too little room is the last resort: what a reader sees of it must still read as
 * cut (an ellipsis, never a word broken off to look like a sentence's end), and the whole title
 * stays in the tooltip and the accessible name.
 */
describe('labels cut short', () => {
  for (const [width, dataset] of [
    [343, historyDataset(40, { years: 65 })],
    [672, historyDataset(40, { years: 65 })],
  ] as const) {
    it(`end between words with a visible "…" at ${width} px`, async () => {
      const el = await fixture<DiplomacyTimeline>(
        html`<diplomacy-timeline
          lang="en"
          style="display: block; width: ${width}px; height: 416px"
          .data=${dataset}
        ></diplomacy-timeline>`,
      );
      await drawn(el);
      const cut = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.mark.cut:not(.clamped)')];
      expect(cut.length, 'labels cut short in this crowded view').to.be.at.least(1);
      for (const mark of cut) {
        const label = mark.querySelector<HTMLElement>('.label')!;
        const shown = label.textContent!;
        const title = mark.title;
        expect(shown.endsWith('…'), shown).to.equal(true);
        const kept = shown.slice(0, -1);
        expect(title.startsWith(kept), `${shown} begins ${title}`).to.equal(true);
        // Cut where a word ends: what follows in the title is a space or punctuation.
        expect(title.slice(kept.length), shown).to.match(/^[\s,.;:]/);
        // The text with its ellipsis fits its box: nothing of it is clipped.
        expect(label.scrollHeight, shown).to.be.at.most(label.clientHeight);
        expect(label.scrollWidth, shown).to.be.at.most(label.clientWidth);
        expect(accessibleName(mark)).to.contain(title);
      }
    });
  }
});
