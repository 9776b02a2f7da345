// What the widget does under emulated media features: reduced motion, forced colours and
// print. Only Chromium's DevTools protocol can emulate them from a test (the stock
// `emulateMedia` has no Firefox-over-BiDi or WebDriver version), so this file runs in
// Chromium only; the rest of the accessibility tests run in every engine (test/a11y/).
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { DatasetInput } from '../src/data/schema.js';
import { mount, part, parts } from './harness.js';
import { drawn, markNamed, until } from './helpers.js';

const dataset: DatasetInput = {
  title: 'Three events',
  categories: [{ id: 'inst', label: 'Institution', color: '#0f7a58' }],
  events: [
    { id: 'a', start: '2002', title: 'First', category: 'inst' },
    { id: 'b', start: '2016', title: 'Only in English' },
    { id: 'c', start: '2017-01-10', title: 'Third', category: 'inst' },
  ],
};

afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' }));

describe('accessibility: emulated preferences', () => {
  it('jumps instead of animating when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount({ data: dataset, size: [900, 400] });
    const before = el.visibleRange;
    const span = before.end.getTime() - before.start.getTime();
    part(el, 'control-zoom-in').click();
    // No transition: the new range is there as soon as the click is handled.
    const after = el.visibleRange;
    expect(after.end.getTime() - after.start.getTime()).to.be.closeTo(span / 2, span * 0.001);
    const label = markNamed(el, 'First')!.querySelector('.label')!;
    expect(getComputedStyle(label).transitionDuration).to.equal('0s');
  });

  it('keeps dots, bars and the chosen event visible in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await mount({ data: dataset, attributes: { selected: 'a' }, size: [900, 400] });
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.style.color = 'Highlight';
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    const dot = markNamed(el, 'Third')!.querySelector('.dot')!;
    expect(getComputedStyle(dot).backgroundColor).to.equal(canvasText);
    const chosen = markNamed(el, 'First')!.querySelector('.label')!;
    expect(getComputedStyle(chosen).backgroundColor).to.equal(highlight);
  });
});

describe('printing', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the events of the current view as a list, not a clipped drawing', async () => {
    const el = await mount({ data: dataset, size: [900, 400] });
    el.zoomTo('2015', '2018');
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const list = await until(() => parts(el, 'list')[0]);
    const titles = [...list.querySelectorAll('.list-title')].map((b) => b.textContent!.trim());
    expect(titles).to.deep.equal(['Only in English', 'Third']);
    expect(part(el, 'plot').hasAttribute('hidden')).to.equal(true);
    expect(getComputedStyle(parts(el, 'controls')[0] ?? el).display).to.not.equal('flex');
    await emulateMedia({ media: 'screen' });
    await drawn(el);
    expect(parts(el, 'list')).to.be.empty;
  });
});
