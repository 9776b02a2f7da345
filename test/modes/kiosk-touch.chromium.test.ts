// Kiosk touch input, sent through Chromium's DevTools protocol (the `touch` server command):
// neither Firefox's nor WebKit's driver can emulate a touch screen here, so this file runs in
// Chromium only. The rest of kiosk mode is tested in every engine (kiosk.test.ts).
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { kioskClock, systemScheduler } from '../../src/scheduler.js';
import { TOUR_STEP_MS } from '../../src/controllers/kiosk-controller.js';
import { FakeClock } from '../fixtures/fake-clock.js';
import { accessibleName, marks, until } from '../helpers.js';
import { type Point, spread, touch } from '../touch.js';
import { byRole, part, span } from '../harness.js';
import { hint, mountKiosk } from './kiosk-fixture.js';

describe('kiosk mode by touch', () => {
  let clock: FakeClock;

  beforeEach(async () => {
    clock = new FakeClock();
    kioskClock.scheduler = clock;
    await executeServerCommand('touch', { enable: true });
  });

  afterEach(async () => {
    kioskClock.scheduler = systemScheduler;
    await executeServerCommand('touch', { enable: false });
  });

  it('zooms in when two fingers spread apart, and pans when one swipes', async () => {
    const el = await mountKiosk();
    const box = part(el, 'plot').getBoundingClientRect();
    // Near the top of the drawing, where no mark sits under the fingers.
    const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + 14)];
    const before = span(el);
    let settled = oneEvent(el, 'timeline-rangechange');
    await spread([x, y]);
    await settled;
    expect(span(el)).to.be.closeTo(before / 4, before * 0.05);

    const start = el.visibleRange.start.getTime();
    settled = oneEvent(el, 'timeline-rangechange');
    await touch('touchStart', [[x - 200, y]]);
    for (let dx = -160; dx <= 200; dx += 40) await touch('touchMove', [[x + dx, y]]);
    await touch('touchEnd', []);
    await settled;
    expect(el.visibleRange.start.getTime()).to.be.lessThan(start);
  });

  it('chooses an event with a tap', async () => {
    const el = await mountKiosk();
    const mark = marks(el)[2]!;
    const box = mark.getBoundingClientRect();
    const at: Point = [Math.round(box.left + 12), Math.round(box.top + box.height / 2)];
    await touch('touchStart', [at]);
    await touch('touchEnd', []);
    await until(() => el.selected);
    expect(accessibleName(mark)).to.contain(
      byRole(part(el, 'detail'), 'heading').textContent!.trim(),
    );
  });

  it('tours the events after the idle time and hands control back on the first touch', async () => {
    const el = await mountKiosk({ idle: '30' });
    el.zoomBy(4);
    el.select('digital-command-center');
    await el.updateComplete;
    clock.tick(29_999);
    await el.updateComplete;
    expect(hint(el)).to.equal(null);
    clock.tick(1);
    await el.updateComplete;
    // Home: everything shown, nothing chosen, and an invitation to touch.
    expect(el.selected).to.equal(null);
    expect(hint(el)!.textContent).to.contain('Touch to explore');
    const home = span(el);
    clock.tick(TOUR_STEP_MS);
    await el.updateComplete;
    expect(el.selected).to.equal('ict-relevance-recognised');
    clock.tick(TOUR_STEP_MS);
    await el.updateComplete;
    expect(el.selected).to.equal('first-ministry-website');
    // Each stop zooms to its event.
    await until(() => span(el) < home);

    const box = part(el, 'plot').getBoundingClientRect();
    await touch('touchStart', [[Math.round(box.left + 20), Math.round(box.top + 14)]]);
    await touch('touchEnd', []);
    await el.updateComplete;
    expect(hint(el)).to.equal(null);
    clock.tick(TOUR_STEP_MS * 3);
    await el.updateComplete;
    expect(el.selected).to.equal('first-ministry-website');
    // Left alone again for the idle time, it tours again from the first event.
    clock.tick(30_000 - TOUR_STEP_MS * 3 + TOUR_STEP_MS);
    await el.updateComplete;
    expect(el.selected).to.equal('ict-relevance-recognised');
  });
});
