import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { focused, part, pressables } from '../harness.js';
import { DEFAULT_DATASET, accessibleName, marks, mountLoaded, shownText } from '../helpers.js';
import { expectSame } from '../readable-failures.js';

/** PNG pixels per CSS pixel; not imported, so the test page loads no export code by itself. */
const PNG_SCALE = 2;

/** Chooses a format in the "Download image" menu and catches the file the browser is given. */
async function download(el: DiplomacyTimeline, format: 'PNG' | 'SVG') {
  const summary = part(el, 'control-export');
  expect(accessibleName(summary)).to.equal('Download image');
  summary.click();
  await el.updateComplete;
  const choice = pressables(part(el, 'export')).find((b) => b.textContent!.trim() === format)!;
  expect(choice.checkVisibility(), 'the menu is open').to.equal(true);
  const link = new Promise<HTMLAnchorElement>((resolve) => {
    const catchDownload = (event: Event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof HTMLAnchorElement) || !target.download) return;
      event.preventDefault(); // the test reads the file instead of saving it
      document.removeEventListener('click', catchDownload, true);
      resolve(target);
    };
    document.addEventListener('click', catchDownload, true);
  });
  choice.click();
  const anchor = await link;
  const blob = await (await fetch(anchor.href)).blob();
  return { name: anchor.download, blob };
}

describe('Download image', () => {
  let el: DiplomacyTimeline;
  beforeEach(async () => {
    el = await mountLoaded(
      html`<diplomacy-timeline
        src=${DEFAULT_DATASET}
        lang="en"
        start="2014"
        end="2019"
        style="width: 900px; height: 420px"
      ></diplomacy-timeline>`,
    );
  });

  // First: the page has loaded no export code until this test asks for an image.
  it('loads the export code only when an image is asked for', async () => {
    const scripts = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.includes('/src/export/'));
    expect(scripts()).to.deep.equal([]);
    // The buffer of resource timings is small: make room for what the download loads.
    performance.clearResourceTimings();
    await download(el, 'SVG');
    expect(scripts().some((p) => p.startsWith('/src/export/download-image.'))).to.equal(true);
  });

  it('saves the current view as SVG with the title, the labels on screen and a source line', async () => {
    const { name, blob } = await download(el, 'SVG');
    expect(name).to.equal('indonesia-s-digital-diplomacy.svg');
    expect(blob.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    const svg = doc.documentElement;
    const width = part(el, 'plot').getBoundingClientRect().width;
    expect(Number(svg.getAttribute('width'))).to.equal(Math.ceil(width));
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!);
    expect(texts[0]).to.equal("Indonesia's Digital Diplomacy");
    // Every label the screen shows is in the picture, on one line or two as on screen, shortened
    // no more than on screen.
    const shown = marks(el)
      .map((m) => shownText(m.querySelector('.label')))
      .filter((t) => t);
    expect(shown.length).to.be.greaterThan(3);
    const drawn = (label: string) =>
      texts.some((t, i) =>
        [t, `${t} ${texts[i + 1]}`].some(
          (s) => s === label || (s.endsWith('…') && label.startsWith(s.slice(0, -1).trimEnd())),
        ),
      );
    for (const label of shown) expect(drawn(label), label).to.equal(true);
    expect(texts).to.include('2016');
    const sources = texts.find((t) => t.startsWith('Sources: '));
    expect(sources).to.contain('VOA Indonesia');
    expect(texts.at(-1)).to.equal(location.href.replace(/#.*$/, ''));
  });

  it('draws the labels at the size the screen shows them, a page’s own size included', async () => {
    el.style.setProperty('--dt-label-font-size', '16px');
    await el.updateComplete;
    const label = marks(el)
      .map((m) => m.querySelector('.label'))
      .find((l) => l?.checkVisibility())!;
    expect(getComputedStyle(label).fontSize).to.equal('16px');
    const { blob } = await download(el, 'SVG');
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    const sizes = new Set(
      [...doc.querySelectorAll('text')].map((t) => t.getAttribute('font-size')),
    );
    // The title is 18, ticks, counts and the source line 12: the labels are the 16.
    expect([...sizes].sort()).to.deep.equal(['12', '16', '18']);
  });

  it('closes its menu on Escape and gives focus back to its button', async () => {
    const summary = part(el, 'control-export');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    const menu = part<HTMLDetailsElement>(el, 'export');
    expect(menu.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.textContent).to.equal('PNG');
    await sendKeys({ press: 'Escape' });
    expect(menu.open).to.equal(false);
    expectSame(focused(el), summary, 'focus is back on the Download image button');
  });

  it('saves a PNG of the same picture at twice the size, not a blank one', async () => {
    const { name, blob } = await download(el, 'PNG');
    expect(name).to.equal('indonesia-s-digital-diplomacy.png');
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const svg = await download(el, 'SVG');
    const root = new DOMParser().parseFromString(
      await svg.blob.text(),
      'image/svg+xml',
    ).documentElement;
    expect(bitmap.width).to.equal(Number(root.getAttribute('width')) * PNG_SCALE);
    expect(bitmap.height).to.equal(Number(root.getAttribute('height')) * PNG_SCALE);

    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let ink = 0;
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r + g + b < 600) ink++;
      // The Institution category's green (#0f7a58) marks its events.
      if (Math.abs(r - 0x0f) < 12 && Math.abs(g - 0x7a) < 12 && Math.abs(b - 0x58) < 12) coloured++;
    }
    expect(ink / (data.length / 4), 'share of drawn pixels').to.be.within(0.01, 0.5);
    expect(coloured).to.be.greaterThan(50);
    // The title is drawn in the top band, dark on the light background.
    const band = context.getImageData(0, 0, bitmap.width / 2, 40 * PNG_SCALE).data;
    let dark = 0;
    for (let i = 0; i < band.length; i += 4)
      if (band[i]! + band[i + 1]! + band[i + 2]! < 200) dark++;
    expect(dark).to.be.greaterThan(200);
  });
});
