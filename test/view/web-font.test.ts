import { expect, fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import '../../src/diplomacy-timeline.js';
import { markLabels, mount } from '../harness.js';
import { DEFAULT_FAMILY, firstViewFonts } from '../../src/view/measure-text.js';
import { DEFAULT_DATASET, drawn, marks, until } from '../helpers.js';

// A web font that arrives late (font-display: swap) and sets text half as wide again as the
// narrow fallback the labels are first drawn in: measured only in the fallback, labels cut.
const FAMILY = 'Late Wide Test';
const FONT_FACE = `@font-face {
  font-family: '${FAMILY}';
  src: url('/test-delay/1500/node_modules/reveal.js/css/theme/fonts/source-sans-pro/source-sans-pro-regular.woff') format('woff');
  font-display: swap;
  size-adjust: 150%;
}`;

describe('a web font that loads after the labels were drawn', () => {
  let style: HTMLStyleElement;

  beforeEach(() => {
    // @font-face works from the document only, never from a shadow root.
    style = document.createElement('style');
    style.textContent = FONT_FACE;
    document.head.append(style);
  });

  afterEach(() => style.remove());

  it('measures the labels again in it: every label shown whole fits its box', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <diplomacy-timeline
          src=${DEFAULT_DATASET}
          style=${`width: 1000px; height: 420px; --dt-font-family: '${FAMILY}', 'Liberation Sans Narrow', 'Nimbus Sans Narrow', sans-serif`}
        ></diplomacy-timeline>
      </div>`,
    );
    const el = wrapper.querySelector<DiplomacyTimeline>('diplomacy-timeline')!;
    await drawn(el);
    const face = () => [...document.fonts].find((f) => f.family.replace(/"/g, '') === FAMILY);
    // Drawn before the font came: the labels were first measured in the fallback.
    expect(face()?.status).not.to.equal('loaded');
    await until(() => face()?.status === 'loaded');
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
    }
    await el.updateComplete;
    const label = markLabels(el)[0]!;
    expect(getComputedStyle(label).fontFamily).to.contain(FAMILY);
    // Cut on purpose (no room), a mark carries its whole title as a tooltip; the rest are whole.
    const whole = marks(el).filter((mark) => !mark.hasAttribute('title'));
    expect(whole.length).to.be.greaterThan(3);
    for (const mark of whole) {
      const text = mark.querySelector<HTMLElement>('.label');
      if (!text) continue;
      const name = text.textContent!.trim();
      expect(text.scrollWidth, name).to.be.at.most(text.clientWidth);
    }
  });
});

describe('the default font', () => {
  it('is the one the canvas is readied in while the page is idle, so the first labels measure at once', async () => {
    const el = await mount({ src: DEFAULT_DATASET });
    // The layout measures labels in the element's computed family and weight, at 13 px in an
    // embed: the font string warmMeasure sets beforehand must be the same, or it readies
    // another font and the first render sets up its own.
    const style = getComputedStyle(el);
    expect(style.fontFamily).to.equal(DEFAULT_FAMILY);
    expect(style.fontWeight).to.equal('400');
  });

  // Each size and weight is a font the browser looks up the first time it sets text in it,
  // some 1 ms each: those a first view uses are looked up while the page is idle instead.
  for (const [width, height] of [
    [1200, 520],
    [375, 416],
  ] as const) {
    it(`sets a first view's text, ${width} px wide, only in the fonts readied beforehand`, async () => {
      const el = await mount({ src: DEFAULT_DATASET, size: [width, height] });
      const readied = firstViewFonts(parseFloat(getComputedStyle(el).fontSize));
      const used = new Set<string>();
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
        const text = [...node.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
        if (!text || !node.getClientRects().length) continue;
        const { fontSize, fontWeight } = getComputedStyle(node);
        used.add(`${fontWeight} ${parseFloat(fontSize).toFixed(2)}px`);
      }
      expect(used.size).to.be.greaterThan(3);
      const ready = readied.map(([weight, px]) => `${weight} ${px.toFixed(2)}px`);
      expect([...used].filter((font) => !ready.includes(font))).to.deep.equal([]);
    });
  }
});
