import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../helpers.js';

describe('demo/iframe.html', () => {
  it('embeds the published embed.html twice, each loading the dataset published beside it', async () => {
    const page = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="article"
        src="/dist/demo/iframe.html"
        style="width: 900px; height: 1600px"
      ></iframe>`,
    );
    const frames = await until(() => {
      const found = [...(page.contentDocument?.querySelectorAll('iframe') ?? [])];
      const drawn = found.filter((f) =>
        f.contentDocument?.querySelector('diplomacy-timeline')?.shadowRoot?.querySelector('.mark'),
      );
      return found.length === 2 && drawn.length === 2 ? found : null;
    });
    for (const frame of frames) {
      const fetched = frame
        .contentWindow!.performance.getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname);
      // The published site stands alone: its data is its own, not the repository's.
      expect(fetched).to.include('/dist/data/indonesia-digital-diplomacy.json');
      expect(new URL(frame.src).pathname).to.equal('/dist/embed.html');
    }
    // embed-resize.js sized the first frame, which the page left at its default height.
    const first = frames[0]!;
    const widget = first.contentDocument!.querySelector('diplomacy-timeline')!;
    await until(
      () => first.style.height === `${Math.ceil(widget.getBoundingClientRect().height)}px`,
    );
  });

  it('sets its frames full width and borderless under a strict CSP, as on a phone', async () => {
    const page = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="article"
        src="/dist/demo/iframe.html?csp"
        style="width: 375px; height: 1600px; border: 0"
      ></iframe>`,
    );
    const frame = await until(() => page.contentDocument?.querySelector('iframe'));
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
