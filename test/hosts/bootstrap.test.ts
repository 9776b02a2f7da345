import { expect } from '@open-wc/testing';
import { setViewport } from '../engine.js';
import { isDrawn } from '../harness.js';
import { timelineIn } from '../pages.js';
import { drawnIn, expectTargetsAtLeast, openHost, waitFor } from './host-page.js';

describe('a Bootstrap-like page', () => {
  beforeEach(() => setViewport({ width: 1100, height: 900 }));

  it('sizes its bordered, border-box iframe to the widget: no scroll, the bottom edge shown', async () => {
    const page = await openHost('/test/hosts/bootstrap.html', 1024, 1400);
    const frame = page.doc.querySelector<HTMLIFrameElement>('iframe.embed')!;
    const widget = await timelineIn(frame, isDrawn);
    const height = Math.ceil(widget.getBoundingClientRect().height);
    // The frame is 1 px border + content + 1 px border, its height set by embed-resize.js.
    await waitFor(() => frame.style.height);
    expect(frame.style.height).to.equal(`${height + 2}px`);
    expect(page.win.getComputedStyle(frame).boxSizing).to.equal('border-box');
    const inner = frame.contentDocument!.documentElement;
    expect(frame.clientHeight).to.equal(height);
    expect(inner.scrollHeight).to.be.at.most(inner.clientHeight);
    expect(widget.getBoundingClientRect().bottom).to.be.at.most(inner.clientHeight);
  });

  it('leaves the widget on the page its own sizes under the reset', async () => {
    const page = await openHost('/test/hosts/bootstrap.html', 1024, 1400);
    await drawnIn(page.timeline);
    expect(page.win.getComputedStyle(page.timeline).fontSize).to.equal('14px');
    expect(page.timeline.getBoundingClientRect().height).to.equal(416);
    expectTargetsAtLeast(page.timeline, 24);
  });
});
