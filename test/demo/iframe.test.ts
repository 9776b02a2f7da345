import { expect } from '@open-wc/testing';
import { isDrawn } from '../harness.js';
import { until } from '../helpers.js';
import { fetchedBy, openPage, timelinesIn } from '../pages.js';

/** The frames in the framed page. */
function framesIn(page: HTMLIFrameElement): HTMLIFrameElement[] {
  return [...(page.contentDocument?.querySelectorAll('iframe') ?? [])];
}

describe('demo/iframe.html', () => {
  it('embeds the published embed.html twice, each loading the dataset published beside it', async () => {
    const page = await openPage('/dist/demo/iframe.html', { title: 'article', size: [900, 1600] });
    const frames = await until(() => {
      const found = framesIn(page);
      return found.length === 2 && found.every((f) => timelinesIn(f).some(isDrawn)) ? found : null;
    });
    for (const frame of frames) {
      // The published site stands alone: its data is its own, not the repository's.
      expect(fetchedBy(frame)).to.include('/dist/data/indonesia-digital-diplomacy.json');
      expect(new URL(frame.src).pathname).to.equal('/dist/embed.html');
    }
    // embed-resize.js sized the first frame, which the page left at its default height.
    const first = frames[0]!;
    const widget = timelinesIn(first)[0]!;
    await until(
      () => first.style.height === `${Math.ceil(widget.getBoundingClientRect().height)}px`,
    );
  });

  it('sets its frames full width and borderless under a strict CSP, as on a phone', async () => {
    const page = await openPage('/dist/demo/iframe.html?csp', {
      title: 'article',
      size: [375, 1600],
      style: 'border: 0',
    });
    const frame = await until(() => framesIn(page)[0]);
    const win = page.contentWindow as Window & { cspViolations?: unknown[] };
    await until(() => win.getComputedStyle(frame).borderTopStyle === 'none');
    const article = frame.closest('article')!.getBoundingClientRect();
    const box = frame.getBoundingClientRect();
    // The article's width inside its padding: the frame spans it.
    const padding = parseFloat(win.getComputedStyle(frame.closest('article')!).paddingLeft);
    expect(box.width).to.equal(article.width - 2 * padding);
    expect(win.cspViolations).to.deep.equal([]);
  });
});
