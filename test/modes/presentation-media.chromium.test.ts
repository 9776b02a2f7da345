// Presentation mode under an emulated `prefers-reduced-motion: reduce`, which only Chromium's
// DevTools protocol can set from a test: Chromium only. The rest of presentation mode is
// tested in every engine (presentation.test.ts).
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { DEFAULT_DATASET } from '../helpers.js';
import { mountPresentation } from './presentation-fixture.js';

describe('presentation mode, motion reduced', () => {
  let events: { id: string }[];

  before(async () => {
    events = ((await (await fetch(DEFAULT_DATASET)).json()) as { events: { id: string }[] }).events;
  });

  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('jumps to the slide at once when motion is reduced', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mountPresentation();
    const before = el.visibleRange;
    el.next();
    el.next();
    await el.updateComplete;
    expect(el.visibleRange.start.getTime()).to.not.equal(before.start.getTime());
    const { start, end } = el.visibleRange;
    // The third event is "c. 2002"-ish: its date lies in view straight away.
    expect(el.selected).to.equal(events[2]!.id);
    expect(start.getFullYear()).to.be.at.most(2002);
    expect(end.getFullYear()).to.be.at.least(2002);
  });
});
