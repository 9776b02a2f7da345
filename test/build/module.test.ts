import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../helpers.js';

/**
 * Chunks fetched ahead whatever the page: the list's after the first render
 * (diplomacy-timeline.ts), the card's once the drawing is shown (element/card-loader.ts).
 */
const ahead = ['/dist/diplomacy-timeline-event-list.js', '/dist/diplomacy-timeline-detail-card.js'];

/**
 * The scripts a framed page fetched, by path, leaving out the chunks fetched ahead and the
 * test server's reload socket (injected into every page it serves).
 */
function scriptsOf(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .filter(
      (e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'),
    )
    .map((e) => new URL(e.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server') && !ahead.includes(path));
}

describe('dist/diplomacy-timeline.js', () => {
  it('draws the timeline in a page that loads only the built module and writes one tag', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        src="/test/fixtures/module-page.html"
        style="width: 900px; height: 500px"
      ></iframe>`,
    );
    const marks = await until(() => {
      const el = frame.contentDocument?.querySelector('diplomacy-timeline');
      const found = el?.shadowRoot?.querySelectorAll('[part~="event"], [part~="range"]');
      return found && found.length > 0 ? found : null;
    });
    expect(marks.length).to.be.greaterThan(5);
    const names = [
      ...frame
        .contentDocument!.querySelector('diplomacy-timeline')!
        .shadowRoot!.querySelectorAll('[part~="control"][aria-label]'),
    ].map((b) => b.getAttribute('aria-label'));
    expect(names).to.deep.equal(['Perbesar', 'Perkecil', 'Tampilkan semua', 'Unduh gambar']);
    // The module is self-contained: it asked for no other script to draw.
    expect(scriptsOf(frame)).to.deep.equal(['/dist/diplomacy-timeline.js']);
  });

  it('reads a CSV dataset with the CSV reader it loads from beside itself', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        src="/test/fixtures/module-page-csv.html"
        style="width: 900px; height: 500px"
      ></iframe>`,
    );
    const marks = await until(() => {
      const el = frame.contentDocument?.querySelector('diplomacy-timeline');
      const found = el?.shadowRoot?.querySelectorAll('[part~="event"], [part~="range"]');
      return found && found.length > 0 ? found : null;
    });
    expect(marks.length).to.be.greaterThan(1);
    const scripts = scriptsOf(frame);
    // The reader, and the two small parts it shares with the schema and TimelineJS readers.
    expect([...scripts].sort()).to.deep.equal([
      '/dist/diplomacy-timeline-csv.js',
      '/dist/diplomacy-timeline-palette.js',
      '/dist/diplomacy-timeline-paths.js',
      '/dist/diplomacy-timeline.js',
    ]);
  });

  it('loads the schema only to word what is wrong with a broken dataset', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        src="/test/fixtures/module-page-broken.html"
        style="width: 900px; height: 500px"
      ></iframe>`,
    );
    const alert = await until(() =>
      frame.contentDocument
        ?.querySelector('diplomacy-timeline')
        ?.shadowRoot?.querySelector('[role="alert"] p'),
    );
    expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'events[1].start: "2017-13-01" is not a date (write 2017, 2017-01 or 2017-01-10).',
    );
    const scripts = scriptsOf(frame);
    // The schema, and the path reading it shares with the CSV reader.
    expect([...scripts].sort()).to.deep.equal([
      '/dist/diplomacy-timeline-normalise.js',
      '/dist/diplomacy-timeline-paths.js',
      '/dist/diplomacy-timeline.js',
    ]);
  });

  it('draws the detail card from a chunk of its own, not the module', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        src="/test/fixtures/module-page.html"
        style="width: 900px; height: 500px"
      ></iframe>`,
    );
    const el = await until(() => {
      const found = frame.contentDocument?.querySelector('diplomacy-timeline');
      return found?.shadowRoot?.querySelector('[part~="event"]') ? found : null;
    });
    const mark = el.shadowRoot!.querySelector<HTMLElement>('[part~="event"]')!;
    mark.click();
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector<HTMLElement>('[part="detail"]');
    const title = card?.querySelector('h2')?.textContent ?? '';
    expect(title).not.to.equal('');
    expect(mark.textContent).to.contain(title);
    // Drawn with its styles: beside the drawing, not in the page's flow.
    expect(getComputedStyle(card!).position).to.equal('absolute');
    const loaded = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname);
    expect(loaded).to.include('/dist/diplomacy-timeline-detail-card.js');
    // Its close button is written in the chunk only: the first view does not carry the card.
    const text = async (file: string) => (await fetch(`/dist/${file}`)).text();
    expect(await text('diplomacy-timeline-detail-card.js')).to.contain('detail-close');
    expect(await text('diplomacy-timeline.js')).not.to.contain('detail-close');
  });

  it('asks V8 to compile its functions as it loads, and only the module does', async () => {
    // Its functions nearly all run in the first render; a lazy chunk's mostly do not.
    const head = async (file: string) =>
      (await (await fetch(`/dist/${file}`)).text()).split('\n')[0];
    expect(await head('diplomacy-timeline.js')).to.equal('//# allFunctionsCalledOnLoad');
    expect(await head('diplomacy-timeline-csv.js')).not.to.contain('allFunctionsCalledOnLoad');
  });
});
