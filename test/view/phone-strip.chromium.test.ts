import { expect, html } from '@open-wc/testing';
import { restoreViewport, setViewport } from '../engine.js';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { overlap } from '../geometry.js';
import { findPart, part, parts } from '../harness.js';
import { DEFAULT_DATASET, mountLoaded } from '../helpers.js';
import { drawnThings, header as headerOf } from '../regions.js';

/** The bundled dataset's headline events: one in a crowded start, two in a crowded middle. */
const HEADLINES = [
  'dg-information-public-diplomacy',
  'digital-diplomacy-emphasis',
  'digital-command-center',
];

/** Boxes (width × height) that phone pages give the timeline. */
const PHONE_STRIPS = [
  [343, 416],
  [375, 667],
] as const;

const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 1 &&
  inner.right <= outer.right + 1 &&
  inner.top >= outer.top - 1 &&
  inner.bottom <= outer.bottom + 1;

/** Waits until the chosen mark stays where it is for a few frames: an eased move is over. */
async function settled(el: DiplomacyTimeline): Promise<HTMLElement> {
  let last = '';
  for (let still = 0; still < 4;) {
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    const box = findPart(el, 'event-selected')?.getBoundingClientRect();
    const now = box && findPart(el, 'detail') ? `${box.left},${box.top},${box.width}` : '';
    still = now && now === last ? still + 1 : 0;
    last = now;
  }
  return part(el, 'event-selected');
}

describe('the strip of the drawing above the sheet on a phone', () => {
  after(restoreViewport);

  for (const [width, height] of PHONE_STRIPS) {
    for (const [id, lang] of HEADLINES.flatMap((id) => [
      [id, 'en'] as const,
      [id, 'id'] as const,
    ])) {
      it(`shows ${id} whole, and nothing drawn over another, at ${width} × ${height} (${lang})`, async () => {
        await setViewport({ width: width + 32, height: 900 });
        const el = await mountLoaded(
          html`<diplomacy-timeline
            src=${DEFAULT_DATASET}
            lang=${lang}
            style=${`width: ${width}px; height: ${height}px`}
          ></diplomacy-timeline>`,
        );
        el.select(id);
        const mark = await settled(el);
        const plot = part(el, 'plot').getBoundingClientRect();
        const header = headerOf(el).getBoundingClientRect();
        const box = mark.getBoundingClientRect();
        const label = part(mark, 'label').getBoundingClientRect();
        expect(label.width, 'the chosen mark has a label').to.be.above(0);
        for (const [what, r] of [
          ['mark', box],
          ['label', label],
        ] as const) {
          expect(inside(r, plot), `the chosen ${what} lies in the drawing`).to.equal(true);
          expect(r.top, `the chosen ${what} is not under the header`).to.be.at.least(
            header.bottom - 1,
          );
        }
        const boxes = (found: Element[]) => found.map((e) => e.getBoundingClientRect());
        for (const cluster of boxes(parts(el, 'cluster')))
          for (const range of boxes(parts(el, 'range')))
            expect(overlap(cluster, range), 'a cluster badge covers a range bar').to.equal(false);
        // A dot on the cluster row stands at its date, clear of the badges beside it.
        const dots = boxes(parts(el, 'event').map((m) => m.querySelector('.dot')!));
        for (const cluster of boxes(parts(el, 'cluster')))
          for (const dot of dots)
            expect(overlap(cluster, dot, 0.5), 'a dot over a cluster badge').to.equal(false);
        for (const drawn of boxes(drawnThings(el)))
          expect(drawn.top, 'drawn above the drawing').to.be.at.least(plot.top - 1);
      });
    }
  }
});
