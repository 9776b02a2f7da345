// Presentation mode sizes to its box, not to the window: at an article's default height, in a
// 480 px box on a projector and full screen, the slide's text is whole or scrolls, and the
// drawing keeps the height to show the chosen mark with its label. Chromium only: motion is
// reduced through its DevTools protocol, so each slide is in place as soon as it is chosen.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { drawingMinHeight } from '../../src/layout/presentation-sizes.js';
import { setViewport } from '../engine.js';
import { part } from '../harness.js';
import { until } from '../helpers.js';
import { mountPresentationBox, slideParts } from './presentation-fixture.js';

/** The bundled dataset's ranges overlap three deep: the drawing reserves three range lanes. */
const LEAST_DRAWING = drawingMinHeight(3);

const boxes = [
  { name: 'an article box of the default height', viewport: [1280, 800], box: [672, 416] },
  { name: 'a 480 px box on a 1920 px projector', viewport: [1920, 1080], box: [1920, 480] },
  { name: 'full screen at 1280 × 720', viewport: [1280, 720], box: [1280, 720] },
  { name: 'full screen at 1920 × 1080', viewport: [1920, 1080], box: [1920, 1080] },
] as const;

function inside(inner: DOMRect, outer: DOMRect): boolean {
  return (
    inner.left >= outer.left - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.bottom <= outer.bottom + 0.5
  );
}

/** Each slide in turn, once drawn. */
async function* slides(el: DiplomacyTimeline): AsyncGenerator<number> {
  const total = Number(/\d+$/.exec(progressText(el))![0]);
  for (let i = 0; i < total; i++) {
    if (i > 0) el.next();
    await el.updateComplete;
    await until(() => slideParts(el).chosen);
    yield i;
  }
}

function progressText(el: DiplomacyTimeline): string {
  return part(el, 'progress').textContent!.trim();
}

describe('presentation mode in its box', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 1280, height: 800 });
  });

  for (const { name, viewport, box } of boxes) {
    it(`in ${name}: every slide's text is whole or scrolls, and its mark and label are drawn`, async () => {
      const el = await mountPresentationBox(
        { width: viewport[0], height: viewport[1] },
        box[0],
        box[1],
      );
      const scale = parseFloat(getComputedStyle(slideParts(el).drawing).fontSize) / 13;
      for await (const i of slides(el)) {
        const { text, drawing, chosen } = slideParts(el);
        const at = `slide ${i + 1}`;
        const whole = text.scrollHeight <= text.clientHeight;
        if (!whole) {
          // Scrolls, reachable by keyboard, and shows more than a line or two meanwhile.
          expect(getComputedStyle(text).overflowY, at).to.equal('auto');
          expect(text.tabIndex, at).to.equal(0);
          expect(text.clientHeight, at).to.be.at.least(80);
        }
        expect(drawing.clientHeight, at).to.be.at.least(LEAST_DRAWING * scale - 0.5);
        const area = drawing.getBoundingClientRect();
        const mark = chosen!.getBoundingClientRect();
        if (chosen!.matches('.range')) {
          // A range may run past the view's ends: its bar lies in the drawing's height.
          expect(mark.top >= area.top - 0.5 && mark.bottom <= area.bottom + 0.5, at).to.equal(true);
          continue;
        }
        expect(inside(mark, area), `${at}: mark inside`).to.equal(true);
        const label = chosen!.querySelector('.label');
        expect(label, `${at}: label`).to.not.equal(null);
        expect(label!.getBoundingClientRect().width, `${at}: label`).to.be.above(20);
        expect(inside(label!.getBoundingClientRect(), area), `${at}: label inside`).to.equal(true);
      }
    });
  }

  it('shows every slide whole full screen at 1280 × 720, sources included', async () => {
    const el = await mountPresentationBox({ width: 1280, height: 720 }, 1280, 720);
    for await (const i of slides(el)) {
      const { text } = slideParts(el);
      expect(text.scrollHeight, `slide ${i + 1}`).to.be.at.most(text.clientHeight);
    }
  });

  it('keeps its type when the window grows and its box does not', async () => {
    const el = await mountPresentationBox({ width: 1000, height: 800 }, 960, 480);
    const sizes = () => {
      const { title, chosen } = slideParts(el);
      return [title, chosen!.querySelector('.label')!].map((e) => getComputedStyle(e).fontSize);
    };
    const narrow = sizes();
    await setViewport({ width: 1920, height: 1080 });
    await new Promise(requestAnimationFrame);
    expect(sizes()).to.deep.equal(narrow);
  });

  it('grows its type and marks with its box, and the layout grows with them', async () => {
    const sizes = async (width: number, height: number) => {
      const el = await mountPresentationBox({ width: 1920, height: 1080 }, width, height);
      const { title, drawing, chosen } = slideParts(el);
      return {
        title: parseFloat(getComputedStyle(title).fontSize),
        label: parseFloat(getComputedStyle(chosen!.querySelector('.label')!).fontSize),
        // The axis row's height, which the layout's sizes set, not the styles.
        axisRow:
          drawing.getBoundingClientRect().bottom -
          part(el, 'axis').querySelector('line')!.getBoundingClientRect().top,
        drawing: drawing.clientHeight,
      };
    };
    const small = await sizes(1280, 720);
    const large = await sizes(1600, 900);
    expect(small.label).to.equal(13);
    expect(large.title).to.be.closeTo(small.title * 1.25, 0.5);
    expect(large.label).to.be.closeTo(13 * 1.25, 0.1);
    expect(large.axisRow).to.be.closeTo(small.axisRow * 1.25, 1);
    expect(large.drawing).to.be.at.least(LEAST_DRAWING * 1.25);
  });
});
