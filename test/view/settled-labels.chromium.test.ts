import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import '../../src/index.js';
import { historyDataset } from '../../scripts/history-dataset.mjs';
import { findPart, part, parts } from '../harness.js';
import { bundledIn, drawn } from '../helpers.js';

/** Where each mark and its label are drawn, to a tenth of a pixel. */
function picture(el: DiplomacyTimeline): string[] {
  return parts(el, 'event', 'cluster').map((m) => {
    const box = m.getBoundingClientRect();
    const label = findPart(m, 'label');
    return `${m.className} ${m.dataset.index} ${box.left.toFixed(1)} ${box.top.toFixed(1)} ${label?.style.maxWidth ?? ''}`;
  });
}

describe('labels once a gesture settles', () => {
  const data = historyDataset(40, { years: 65 });
  const mount = async (start?: Date, end?: Date) => {
    const el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline
        lang="en"
        style="display: block; width: 672px; height: 416px"
        .start=${start?.toISOString()}
        .end=${end?.toISOString()}
        .data=${data}
      ></diplomacy-timeline>`,
    );
    await drawn(el);
    return el;
  };

  it('are laid out as a view shown at once there lays them out', async () => {
    // A zoom frame lays labels out in one order only; the settled view must get the best.
    const el = await mount();
    el.zoomBy(2);
    await el.updateComplete;
    const plot = part(el, 'plot').getBoundingClientRect();
    // On the axis, where no mark or bar takes the press (and the focus with it: the focused event is
    // always drawn, which would change the picture).
    const [x, y] = [Math.round(plot.left + plot.width / 2), Math.round(plot.bottom - 8)];
    const settled = oneEvent(el, 'timeline-rangechange');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let dx = 30; dx <= 210; dx += 30) {
      await sendMouse({ type: 'move', position: [x + dx, y] });
      await new Promise(requestAnimationFrame);
    }
    await sendMouse({ type: 'up' });
    await settled;
    await el.updateComplete;
    const { start, end } = el.visibleRange;
    const moved = picture(el);

    el.remove();
    // Shown there from the first frame: no gesture, nothing remembered from another view.
    const direct = await mount(start, end);
    expect(direct.visibleRange).to.deep.equal({ start, end });
    expect(moved.length).to.be.above(5);
    expect(moved).to.deep.equal(picture(direct));
  });
});

describe('labels while a drag pans the view', () => {
  /** The lane (top edge, in px) of each labelled mark, by event index: bare dots aside. */
  const lanes = (el: DiplomacyTimeline) =>
    new Map(
      parts(el, 'event')
        .filter((m) => m.querySelector('.label'))
        .map((m) => [m.dataset.index, Math.round(m.getBoundingClientRect().top)]),
    );

  /**
   * The bundled dataset zoomed in 2.5 times, dragged 4 px a frame for 30 frames: the labels
   * drawn in one frame and the next that changed lanes, as "frame:event".
   */
  async function laneChanges(width: number, direction: 1 | -1): Promise<string[]> {
    const el = await bundledIn(width);
    el.zoomBy(2.5);
    await el.updateComplete;
    const plot = part(el, 'plot').getBoundingClientRect();
    // On the axis, where no mark takes the press (a focused event is drawn whatever).
    const [x, y] = [Math.round(plot.left + plot.width / 2), Math.round(plot.bottom - 8)];
    const from = el.visibleRange.start.getTime();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    let before = lanes(el);
    const changed: string[] = [];
    try {
      for (let frame = 1; frame <= 30; frame++) {
        await sendMouse({ type: 'move', position: [x - direction * 4 * frame, y] });
        await new Promise(requestAnimationFrame);
        await el.updateComplete;
        const now = lanes(el);
        for (const [i, top] of now)
          if (before.has(i) && before.get(i) !== top) changed.push(`${frame}:${i}`);
        before = now;
      }
      // The view followed the drag (a press outside the page would pan nothing).
      const { start, end } = el.visibleRange;
      const moved = ((start.getTime() - from) / (end.getTime() - start.getTime())) * plot.width;
      expect(direction * moved, 'px panned').to.be.closeTo(120, 2);
    } finally {
      await sendMouse({ type: 'up' });
      el.remove();
    }
    return changed;
  }

  // Each label kept the lane it had, where it still fits: laid out afresh each frame, labels
  // jumped lanes in bursts (at 1200 px, five at once twice in 120 px).
  for (const width of [343, 1200]) {
    for (const [direction, towards] of [
      [1, 'later'],
      [-1, 'earlier'],
    ] as const) {
      it(`keep their lanes at ${width} px, panning towards ${towards} years`, async function () {
        // Sixty round trips to the browser for the mouse: slow on a busy machine.
        this.timeout(40_000);
        expect(await laneChanges(width, direction)).to.deep.equal([]);
      });
    }
  }
});
