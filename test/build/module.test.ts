import { expect } from '@open-wc/testing';
import { byRole, findPart, part, parts } from '../harness.js';
import { shownText, until } from '../helpers.js';
import { drawnIn, fetchedBy, openPageWith, openPage, scriptsOf, timelineIn } from '../pages.js';

/**
 * Chunks fetched ahead whatever the page, once the drawing is shown and the page is idle: the
 * list's (element/lazy-chunks.ts) and the card's (element/card-loader.ts).
 */
const ahead = ['/dist/diplomacy-timeline-event-list.js', '/dist/diplomacy-timeline-detail-card.js'];

/** The scripts a framed page fetched to draw, leaving out the chunks fetched ahead. */
function drawingScripts(frame: HTMLIFrameElement): string[] {
  return scriptsOf(frame)
    .filter((path) => !ahead.includes(path))
    .sort();
}

/** A page that loads the built module and writes one tag reading `src`. */
function pageReading(src: string): Promise<HTMLIFrameElement> {
  return openPageWith(`<diplomacy-timeline src="${src}"></diplomacy-timeline>`);
}

describe('dist/diplomacy-timeline.js', () => {
  it('draws the timeline in a page that loads only the built module and writes one tag', async () => {
    const frame = await openPage('/test/fixtures/module-page.html');
    const el = await drawnIn(frame);
    expect(parts(el, 'event', 'range').length).to.be.greaterThan(5);
    // The buttons shown (a widget of this size keeps its search row: no button folds it).
    const names = parts(el, 'control')
      .filter((control) => control.checkVisibility())
      .map((control) => control.getAttribute('aria-label'))
      .filter((name) => name !== null);
    expect(names).to.deep.equal(['Perbesar', 'Perkecil', 'Tampilkan semua', 'Unduh gambar']);
    // The module is self-contained: it asked for no other script to draw.
    expect(drawingScripts(frame)).to.deep.equal(['/dist/diplomacy-timeline.js']);
    // The list and the card come ahead, unasked, once the drawing is shown: a reader who
    // prints or opens the list a moment later does not wait for them.
    await until(() => ahead.every((chunk) => scriptsOf(frame).includes(chunk)));
  });

  it('reads a CSV dataset with the CSV reader it loads from beside itself', async () => {
    const frame = await pageReading('/test/fixtures/small.csv');
    const el = await drawnIn(frame);
    expect(parts(el, 'event', 'range').length).to.be.greaterThan(1);
    // The reader, and the two small parts it shares with the schema and TimelineJS readers.
    expect(drawingScripts(frame)).to.deep.equal([
      '/dist/diplomacy-timeline-csv.js',
      '/dist/diplomacy-timeline-palette.js',
      '/dist/diplomacy-timeline-paths.js',
      '/dist/diplomacy-timeline.js',
    ]);
  });

  it('loads the schema only to word what is wrong with a broken dataset', async () => {
    const frame = await pageReading('/test/fixtures/broken-date.json');
    const el = await timelineIn(frame, (found) => findPart(found, 'error'));
    expect(part(el, 'error').querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'events[1].start: "2017-13-01" is not a date (write 2017, 2017-01 or 2017-01-10).',
    );
    // The schema, and the path reading it shares with the CSV reader.
    expect(drawingScripts(frame)).to.deep.equal([
      '/dist/diplomacy-timeline-normalise.js',
      '/dist/diplomacy-timeline-paths.js',
      '/dist/diplomacy-timeline.js',
    ]);
  });

  it('draws the detail card from a chunk of its own, not the module', async () => {
    const frame = await openPage('/test/fixtures/module-page.html');
    const el = await drawnIn(frame);
    const mark = part(el, 'event');
    mark.click();
    await el.updateComplete;
    const card = part(el, 'detail');
    const title = byRole(card, 'heading').textContent ?? '';
    expect(title).not.to.equal('');
    expect(shownText(mark)).to.contain(title);
    // Drawn with its styles: beside the drawing, not in the page's flow.
    expect(getComputedStyle(card).position).to.equal('absolute');
    expect(fetchedBy(frame)).to.include('/dist/diplomacy-timeline-detail-card.js');
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
