import { expect } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { byRole, findPart, isDrawn, part } from '../harness.js';
import { until } from '../helpers.js';
import { openPage, openPageWith, timelineIn } from '../pages.js';

/** The published generator page (dist/demo), in a frame the test drives like a reader. */
async function openGenerator(): Promise<Document> {
  const frame = await openPage('/dist/demo/generator.html', {
    title: 'generator',
    size: [1200, 900],
  });
  const doc = await until(
    () => frame.contentDocument?.getElementById('script-code') && frame.contentDocument,
  );
  await until(() => (doc.getElementById('script-code') as HTMLTextAreaElement).value);
  return doc;
}

function field(doc: Document, id: string) {
  return doc.getElementById(id) as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
}

function choose(doc: Document, id: string, value: string): void {
  const input = field(doc, id);
  input.value = value;
  input.dispatchEvent(
    new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }),
  );
}

/** Loads a snippet into a page of its own, as a reader's blog would hold it. */
function pageWith(code: string): Promise<HTMLIFrameElement> {
  return openPageWith(`<style>body { margin: 0 }</style>${code}`, {
    script: null,
    title: 'blog',
    size: [900, 600],
  });
}

describe('demo/generator.html', () => {
  it('writes a script snippet that shows the chosen language, range, event and theme', async () => {
    const doc = await openGenerator();
    choose(doc, 'lang', 'id');
    choose(doc, 'theme', 'dark');
    choose(doc, 'start', '2015');
    choose(doc, 'end', '2019');
    // The event list fills in once the preview has loaded the dataset.
    await until(() => field(doc, 'selected').options.length > 5);
    choose(doc, 'selected', 'digital-command-center');
    field(doc, 'options').querySelector<HTMLInputElement>('[name="linkHash"]')!.click();
    const code = field(doc, 'script-code').value;
    expect(code).to.contain('/dist/diplomacy-timeline.js"></script>');
    // The events inside, in the chosen language, for readers without JavaScript.
    expect(code).to.match(/link-hash>\n<ol aria-label="[^"]+">\n {2}<li data-id=/);
    expect(code).to.contain('<time datetime="2002">2002</time>');
    expect(code).to.contain(
      'lang="id" start="2015" end="2019" selected="digital-command-center" theme="dark" link-hash>',
    );

    const page = await pageWith(code);
    const el = await timelineIn(page, (found) => findPart(found, 'detail'));
    expect(byRole(part(el, 'detail'), 'heading').textContent).to.equal(
      'Digital Command Center didirikan',
    );
    expect(el.visibleRange.start.getFullYear()).to.equal(2015);
    expect(el.getAttribute('theme')).to.equal('dark');
    // With link-hash, the reader's choice goes into their page's address.
    el.select('bssn-established');
    await until(() => page.contentWindow!.location.hash === '#dt-event=bssn-established');
  });

  it('writes an iframe snippet whose frame shows the same timeline and is sized to fit', async () => {
    const doc = await openGenerator();
    choose(doc, 'lang', 'en');
    choose(doc, 'mode', 'presentation');
    await until(() => field(doc, 'selected').options.length > 5);
    choose(doc, 'selected', 'bssn-established');
    const code = field(doc, 'iframe-code').value;
    expect(code).to.match(/^<iframe src="[^"]*\/dist\/embed\.html\?src=/);
    expect(code).to.contain(`title="Timeline: Indonesia's Digital Diplomacy"`);
    expect(code).to.contain('/dist/embed-resize.js" async></script>');
    expect(code).to.not.contain('link-hash');

    const page = await pageWith(code);
    // The snippet's frame loads lazily, once near the reader's view: WebKit waits until it is
    // in view, where Chromium's margin reaches this frame below the generator's.
    page.scrollIntoView();
    const inner = await until(() => page.contentDocument?.querySelector('iframe'));
    // A presentation shows the chosen event as its slide.
    const el = await timelineIn(inner, (found) => findPart(found, 'slide'));
    expect(byRole(part(el, 'slide'), 'heading').textContent).to.contain(
      'National Cyber and Crypto Agency',
    );
    expect(el.getAttribute('mode')).to.equal('presentation');
    // embed-resize.js gave the frame the widget's height.
    await until(() => inner.style.height === `${Math.ceil(el.getBoundingClientRect().height)}px`);
  });

  it('refuses a pasted dataset with the widget’s own message, and keeps the text', async () => {
    const doc = await openGenerator();
    choose(doc, 'lang', 'id');
    (doc.querySelector('input[name="source"][value="text"]') as HTMLInputElement).click();
    const pasted = '{"events": [{"id": "a", "start": "2017-13-01", "title": "Satu"}]}';
    choose(doc, 'pasted', pasted);
    const problem = await until(() => {
      const box = doc.getElementById('dataset-problem')!;
      return !box.hidden && box.textContent ? box : null;
    });
    expect(problem.textContent).to.equal(
      'events[0].start: "2017-13-01" bukan tanggal yang sah (tulis 2017, 2017-01, atau 2017-01-10).',
    );
    expect(field(doc, 'pasted').value).to.equal(pasted);
    // Every problem counts: a second one is announced with the first.
    const twice = pasted.replace('"title": "Satu"', '"title": ""');
    choose(doc, 'pasted', twice);
    await until(() => problem.textContent!.includes('(1 masalah lain)'));
    expect(field(doc, 'pasted').value).to.equal(twice);
    choose(doc, 'pasted', pasted);
    await until(() => !problem.textContent!.includes('masalah lain'));
    expect(field(doc, 'pasted').getAttribute('aria-invalid')).to.equal('true');
    expect(field(doc, 'script-code').value).to.equal('');
    expect((doc.querySelector('[data-copy="script-code"]') as HTMLButtonElement).disabled).to.equal(
      true,
    );

    // Text that is not JSON at all: the reader's name for it, not the blob: address behind it.
    choose(doc, 'pasted', '{ "events": [');
    await until(() => doc.getElementById('dataset-problem')!.textContent!.includes('events.json'));
    expect(doc.getElementById('dataset-problem')!.textContent).to.equal(
      'events.json bukan berkas JSON yang dapat dibaca.',
    );

    // Fixed, the same text is accepted and named by a file name in the code.
    choose(doc, 'pasted', pasted.replace('2017-13-01', '2017-12-01'));
    await until(() => field(doc, 'script-code').value);
    expect(field(doc, 'script-code').value).to.contain('src="events.json"');
    expect(doc.getElementById('dataset-problem')!.hidden).to.equal(true);
  });

  it('reads a CSV file chosen from the computer', async () => {
    const doc = await openGenerator();
    (doc.querySelector('input[name="source"][value="text"]') as HTMLInputElement).click();
    const csv = await (await fetch('/test/fixtures/small.csv')).text();
    const input = field(doc, 'file');
    const files = new DataTransfer();
    files.items.add(new File([csv], 'my-events.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => field(doc, 'script-code').value.includes('my-events.csv'));
    expect(field(doc, 'pasted').value).to.equal(csv);
    const preview = doc.getElementById('preview') as DiplomacyTimeline;
    await until(() => isDrawn(preview));
  });
});
