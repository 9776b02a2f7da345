// A finger's tap, sent through Chromium's DevTools protocol (the `touch` server command):
// selection.test.ts clicks the same marks with the mouse in every engine.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mount, part } from '../harness.js';
import { DEFAULT_DATASET, accessibleName } from '../helpers.js';
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
    const mountIt = () =>
      mount({ src: DEFAULT_DATASET, attributes: { lang: 'id' }, size: [375, 416] });
    const first = await mountIt();
    const count = first.shadowRoot!.querySelectorAll('.mark').length;
    expect(count).to.be.greaterThan(8);
    first.remove();
    for (let i = 0; i < count; i++) {
      const el = await mountIt();
      const mark = el.shadowRoot!.querySelectorAll<HTMLElement>('.mark')[i]!;
      const name = accessibleName(mark);
      const box = (mark.querySelector('.label') ?? mark).getBoundingClientRect();
      const at: [number, number] = [
        Math.round(box.left + box.width / 2),
        Math.round(box.top + box.height / 2),
      ];
      const chosen = new Promise((resolve) =>
        el.addEventListener('timeline-select', resolve, { once: true }),
      );
      await touch('touchStart', [at]);
      await touch('touchEnd', []);
      await chosen;
      await el.updateComplete;
      expect(el.selected, name).to.be.a('string');
      expect(name).to.contain(accessibleName(part(el, 'detail')));
      el.remove();
    }
  });
});
