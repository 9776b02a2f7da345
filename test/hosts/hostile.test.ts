import { expect } from '@open-wc/testing';
import { setViewport } from '../engine.js';
import { part } from '../harness.js';
import { type HostPage, drawnIn, expectTargetsAtLeast, openHost, rendered } from './host-page.js';

async function openBlog(query: string, width: number): Promise<HostPage> {
  await setViewport({ width: Math.max(800, width + 40), height: 900 });
  const page = await openHost(`/test/hosts/hostile.html${query}`, width, 860);
  // The theme's pre-line white space makes the page taller than the frame. A phone's scrollbar
  // overlays the page; a desktop Firefox's would take 12 px of the width (Chromium's headless
  // one takes none), leaving a narrower widget than the width the test names.
  page.doc.documentElement.style.setProperty('scrollbar-width', 'none');
  await drawnIn(page.timeline);
  await rendered(page);
  return page;
}

describe('a blog theme with hostile global rules', () => {
  it('keeps the title whole at 375 px (two lines at most, no ellipsis)', async () => {
    const page = await openBlog('', 375);
    const title = part(page.timeline, 'title');
    expect(title.textContent).to.equal("Indonesia's Digital Diplomacy");
    // Neither cut sideways nor clamped below its second line.
    expect(title.scrollWidth).to.be.at.most(title.clientWidth);
    expect(title.scrollHeight).to.be.at.most(title.clientHeight + 1);
    const style = getComputedStyle(title);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.fontStyle).to.equal('normal');
  });

  it('resets what the theme gives the host to its own values', async () => {
    const page = await openBlog('', 1000);
    const host = page.win.getComputedStyle(page.timeline);
    expect(host.fontSize).to.equal('14px');
    expect(parseFloat(host.lineHeight)).to.be.closeTo(19.6, 0.01);
    expect(host.textTransform).to.equal('none');
    expect(host.whiteSpace).to.equal('normal');
    expect(host.textIndent).to.equal('0px');
  });

  for (const root of ['62.5%', '24px']) {
    it(`is the same size, targets at least 24 px, with a ${root} root font size`, async () => {
      const page = await openBlog(root === '62.5%' ? '' : `?root=${root}`, 1000);
      expect(page.win.getComputedStyle(page.doc.documentElement).fontSize).to.equal(
        root === '62.5%' ? '10px' : '24px',
      );
      // The default height, as on a page that leaves the root alone.
      expect(page.timeline.getBoundingClientRect().height).to.equal(416);
      expectTargetsAtLeast(page.timeline, 24);
      const label = part(page.timeline, 'label');
      expect(page.win.getComputedStyle(label).fontSize).to.equal('13px');
    });

    it(`keeps kiosk targets at least 44 px with a ${root} root font size`, async () => {
      const query = root === '62.5%' ? '?mode=kiosk' : `?mode=kiosk&root=${root}`;
      const page = await openBlog(query, 1000);
      await rendered(page);
      expectTargetsAtLeast(page.timeline, 44);
    });
  }
});
