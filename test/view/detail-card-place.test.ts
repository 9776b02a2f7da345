import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { restoreViewport, setViewport } from '../engine.js';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { overlap } from '../geometry.js';
import { markNamed } from '../helpers.js';
import { findPart, mount, part, parts } from '../harness.js';

/** Seven events spread over 30 years: marks at the left, in the middle and at the right. */
const dataset = {
  events: [2000, 2005, 2010, 2015, 2020, 2025, 2030].map((year) => ({
    id: `y${year}`,
    start: String(year),
    title: `Event ${year}`,
  })),
};

const card = (el: DiplomacyTimeline) => findPart(el, 'detail');
const chosen = (el: DiplomacyTimeline) => findPart(el, 'event-selected');

/** Waits until the chosen mark stays where it is for a few frames: an eased move is over. */
async function settled(el: DiplomacyTimeline): Promise<void> {
  let last = '';
  let still = 0;
  for (let frame = 0; frame < 240 && still < 4; frame++) {
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    const box = chosen(el)?.getBoundingClientRect();
    const now = box ? `${box.left},${box.top}` : '';
    still = now && now === last ? still + 1 : 0;
    last = now;
  }
}

async function click(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  // The dot, at the mark's left end (a flipped label ends at its right).
  const x = target.classList.contains('flipped') ? box.right - 8 : box.left + 8;
  await sendMouse({
    type: 'click',
    position: [Math.round(x), Math.round(box.top + box.height / 2)],
  });
}

describe('the detail card and the chosen mark', () => {
  after(restoreViewport);

  for (const width of [672, 1024, 1440]) {
    for (const [where, year] of [
      ['left', 2000],
      ['middle', 2015],
      ['right', 2030],
    ] as const) {
      it(`leaves the ${where} mark in sight at ${width} px, and the marks beside it clickable`, async () => {
        await setViewport({ width: width + 100, height: 900 });
        const el = await mount({ data: dataset, attributes: { lang: 'en' }, size: [width, 416] });
        await click(markNamed(el, `Event ${year}`)!);
        expect(el.selected).to.equal(`y${year}`);
        await settled(el);
        const mark = chosen(el)!;
        expect(overlap(card(el)!.getBoundingClientRect(), mark.getBoundingClientRect())).to.equal(
          false,
        );
        // Another mark the card leaves uncovered takes a real click.
        const cardBox = card(el)!.getBoundingClientRect();
        const other = parts(el, 'event')
          .filter((m) => !m.classList.contains('selected'))
          .find((m) => !overlap(m.getBoundingClientRect(), cardBox));
        expect(other, 'a mark beside the card').to.exist;
        const id = dataset.events[Number(other!.dataset.index)]!.id;
        await click(other!);
        expect(el.selected).to.equal(id);
      });
    }
  }

  it('keeps the chosen mark in a strip of the drawing above the sheet on a phone', async () => {
    await setViewport({ width: 375, height: 812 });
    for (const year of [2000, 2015, 2030]) {
      const el = await mount({ data: dataset, attributes: { lang: 'en' }, size: [375, 416] });
      el.select(`y${year}`);
      await settled(el);
      const plot = part(el, 'plot').getBoundingClientRect();
      const sheet = card(el)!.getBoundingClientRect();
      const mark = chosen(el)!.getBoundingClientRect();
      expect(overlap(sheet, mark), `${year}: the sheet covers the mark`).to.equal(false);
      expect(sheet.top, 'the sheet is under the drawing').to.be.at.least(plot.bottom - 1);
      expect(mark.top).to.be.at.least(plot.top);
      expect(mark.bottom).to.be.at.most(plot.bottom);
      expect(mark.left).to.be.at.least(plot.left - 1);
      expect(mark.right).to.be.at.most(plot.right + 1);
    }
  });
});

describe('what adapts to width follows the widget, not the window', () => {
  after(restoreViewport);

  /** Whether the header shows the compact list button (its word hidden, as on a phone). */
  const compact = (el: DiplomacyTimeline) =>
    getComputedStyle(part(el, 'control-list').querySelector('span')!).position === 'absolute';

  for (const { what, widget, window, phone } of [
    {
      what: 'lays out a 340 px widget in a 1440 px window',
      widget: 340,
      window: [1440, 900],
      phone: true,
    },
    {
      what: 'does not lay out a 1200 px widget on a 768 px tablet',
      widget: 1200,
      window: [768, 1024],
      phone: false,
    },
  ]) {
    it(`${what} as on a phone`, async () => {
      await setViewport({ width: window[0]!, height: window[1]! });
      const el = await mount({ data: dataset, size: null, style: `width: ${widget}px` });
      expect(compact(el)).to.equal(phone);
      el.select('y2015');
      await el.updateComplete;
      const position = getComputedStyle(card(el)!).position;
      // On a phone the card is a sheet; otherwise it sits beside the drawing.
      expect(position === 'absolute', 'the card is beside').to.equal(!phone);
    });
  }
});
