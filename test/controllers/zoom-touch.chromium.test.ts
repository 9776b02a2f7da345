import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import '../../src/index.js';
import { part, span } from '../harness.js';
import { DEFAULT_DATASET, drawn } from '../helpers.js';
import { type Point, spread, touch } from '../touch.js';

describe('zoom and pan by touch', () => {
  let el: DiplomacyTimeline;
  let centre: Point;

  beforeEach(async () => {
    // d3-zoom listens for touch only on a touch screen, so the screen is one before mounting.
    await executeServerCommand('touch', { enable: true });
    el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline
        src=${DEFAULT_DATASET}
        style="width: 800px; height: 400px"
      ></diplomacy-timeline>`,
    );
    await drawn(el);
    const box = part(el, 'plot').getBoundingClientRect();
    // Between lanes, near the top of the drawing, where no mark sits under the fingers.
    centre = [Math.round(box.left + box.width / 2), Math.round(box.top + 12)];
  });

  afterEach(() => executeServerCommand('touch', { enable: false }));

  it('zooms in when two fingers spread apart', async () => {
    const before = span(el);
    const [x, y] = centre;
    const settled = oneEvent(el, 'timeline-rangechange');
    await spread([x, y]);
    await settled;
    // Fingers 80 px apart moved to 320 px: the span shrinks about four times.
    expect(span(el)).to.be.closeTo(before / 4, before * 0.05);
  });

  it('moves back in time when one finger swipes to the right', async () => {
    el.zoomBy(4);
    await el.updateComplete;
    const before = el.visibleRange.start.getTime();
    const [x, y] = centre;
    const settled = oneEvent(el, 'timeline-rangechange');
    await touch('touchStart', [[x - 200, y]]);
    for (let dx = -160; dx <= 200; dx += 40) await touch('touchMove', [[x + dx, y]]);
    await touch('touchEnd', []);
    await settled;
    expect(el.visibleRange.start.getTime()).to.be.lessThan(before);
  });
});
