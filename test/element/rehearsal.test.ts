import { expect } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { whenIdle } from '../../src/scheduler.js';
import { syntheticDataset } from '../fixtures/synthetic.js';
import { mount } from '../harness.js';
import { marks } from '../helpers.js';

/** Counts the texts measured through a canvas (the labels' widths) until restored. */
function countMeasures() {
  const proto = CanvasRenderingContext2D.prototype;
  const measure = proto.measureText;
  const counter = {
    calls: 0,
    restore: () => void (proto.measureText = measure),
  };
  proto.measureText = function (this: CanvasRenderingContext2D, text: string) {
    counter.calls++;
    return measure.call(this, text);
  };
  return counter;
}

/** Waits until idle moments come and go, three in a row, with nothing more measured. */
async function quiet(counter: { calls: number }): Promise<void> {
  for (let still = 0; still < 3;) {
    const seen = counter.calls;
    await new Promise<void>((resolve) => whenIdle(resolve));
    still = counter.calls === seen ? still + 1 : 0;
  }
}

/** What the reader sees of each drawn event: its name, its place and its look. */
const drawing = (el: DiplomacyTimeline) =>
  marks(el).map((m) => `${m.getAttribute('aria-label')} ${m.style.transform} ${m.className}`);

const names = (el: DiplomacyTimeline) => marks(el).map((m) => m.getAttribute('aria-label'));

describe('<diplomacy-timeline> first gestures rehearsed while the page is idle', () => {
  it('measures ahead the labels a first zoom reveals, and leaves the drawing as it was', async () => {
    const counter = countMeasures();
    try {
      const el = await mount({ data: syntheticDataset(2000) });
      const first = drawing(el);
      const elements = el.shadowRoot!.querySelectorAll('*').length;
      await quiet(counter);
      // Nothing of the rehearsal shows: the same marks in the same places, no element more.
      expect(drawing(el)).to.deep.equal(first);
      expect(el.shadowRoot!.querySelectorAll('*').length).to.equal(elements);
      const before = names(el);
      const measured = counter.calls;
      el.zoomBy(1.3);
      await el.updateComplete;
      // Each event the zoom brings has a title of its own ("Event number 819"), which a frame
      // that had not measured it beforehand would measure.
      const brought = names(el).filter((name) => !before.includes(name)).length;
      expect(brought).to.be.greaterThan(10);
      expect(counter.calls - measured, 'texts measured by the first zoom frame').to.be.lessThan(
        brought / 4,
      );
    } finally {
      counter.restore();
    }
  });
});
