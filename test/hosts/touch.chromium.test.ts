// Touch in a reveal.js deck, sent through Chromium's DevTools protocol (the `touch` server
// command): neither Firefox's nor WebKit's driver can emulate a touch screen here. The deck
// scales its slides with a CSS transform, so a finger's screen pixels are not the drawing's
// CSS pixels; reveal.test.ts drives the same deck with the mouse, the wheel and keys.
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { type Point, touch } from '../touch.js';
import * as host from './host-page.js';

for (const scale of [0.6, 0.8, 1.5]) {
  describe(`touch in a reveal.js deck scaled by ${scale}`, () => {
    let page: host.HostPage;

    beforeEach(async () => {
      // d3-zoom listens for touch only where the browser reports a touch screen.
      await executeServerCommand('touch', { enable: true });
      page = await host.openDeck(`scale=${scale}`);
    });

    afterEach(async () => {
      await executeServerCommand('touch', { enable: false });
    });

    it('moves the view with one finger over a 200 px swipe', async () => {
      // Near the top of the drawing, where no mark sits under the finger.
      const { x, y, followed } = await host.dragFrom(page, 10 * scale);
      const settled = oneEvent(page.timeline, 'timeline-rangechange');
      await touch('touchStart', [[x, y]]);
      for (let dx = 20; dx <= 200; dx += 20) await touch('touchMove', [[x + dx, y]]);
      await touch('touchEnd', []);
      await settled;
      // The content followed the finger.
      expect(followed()).to.be.closeTo(200, 2);
    });

    it('keeps the date between two spreading fingers under them', async () => {
      const index = host.middleMark(page);
      const [x] = host.dotCentre(page.timeline, index);
      const box = host.plotBox(page.timeline);
      const [cx, cy] = host.onScreen(page, x, box.top + 10 * scale);
      const before = page.timeline.visibleRange;
      const settled = oneEvent(page.timeline, 'timeline-rangechange');
      const fingers = (d: number): Point[] => [
        [cx - d, cy],
        [cx + d, cy],
      ];
      await touch('touchStart', fingers(40));
      for (let d = 60; d <= 120; d += 20) await touch('touchMove', fingers(d));
      await touch('touchEnd', []);
      await settled;
      await host.rendered(page);
      const after = page.timeline.visibleRange;
      const spanOf = (r: typeof before) => r.end.getTime() - r.start.getTime();
      // Fingers 80 px apart spread to 240 px: three times closer.
      expect(spanOf(before) / spanOf(after)).to.be.closeTo(3, 0.1);
      // `onScreen` rounds the midpoint to a whole pixel: half a pixel of it is not drift.
      const [moved] = host.dotCentre(page.timeline, index);
      expect(Math.abs(moved - x)).to.be.below(2);
    });
  });
}
