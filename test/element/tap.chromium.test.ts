// A finger's tap, sent through Chromium's DevTools protocol (the `touch` server command):
// selection.test.ts clicks the same marks with the mouse in every engine.
import { executeServerCommand } from '@web/test-runner-commands';
import { pressEachPhoneMark } from '../harness.js';
import { touch } from '../touch.js';

describe('a finger on a phone', () => {
  beforeEach(async () => {
    await executeServerCommand('touch', { enable: true });
  });

  afterEach(async () => {
    await executeServerCommand('touch', { enable: false });
  });

  it('opens the card of each mark it taps, in Indonesian too', async () => {
    // A tap focuses the mark after the finger lifts, just before its click: the layout that
    // keeps a focused event labelled once moved the marks between the two.
    await pressEachPhoneMark(async (el, at) => {
      const chosen = new Promise((resolve) =>
        el.addEventListener('timeline-select', resolve, { once: true }),
      );
      await touch('touchStart', [at]);
      await touch('touchEnd', []);
      await chosen;
    });
  });
});
