import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import '../../src/index.js';
import { historyDataset } from '../../scripts/history-dataset.mjs';
import { findPart, part, parts } from '../harness.js';
import { drawn } from '../helpers.js';

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
