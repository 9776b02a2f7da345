import { expect, fixture, html } from '@open-wc/testing';
import { smallDataset } from '../fixtures/small-dataset.js';
import { loaded, mount, part } from '../harness.js';
import { DEFAULT_DATASET, accessibleName, marks } from '../helpers.js';

describe('<diplomacy-timeline> look', () => {
  it('takes the dark theme when asked, and the light one back', async () => {
    const el = await mount({ data: smallDataset, attributes: { theme: 'dark' }, size: [900, 400] });
    const background = () => getComputedStyle(el).backgroundColor;
    expect(background()).to.equal('rgb(20, 24, 29)');
    el.theme = 'light';
    await el.updateComplete;
    expect(background()).to.equal('rgb(255, 255, 255)');
  });

  it('is a block with a height of its own that the page can override', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 600px">
        <diplomacy-timeline .data=${smallDataset}></diplomacy-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('diplomacy-timeline')!;
    expect(getComputedStyle(el).display).to.equal('block');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(el.getBoundingClientRect().width).to.equal(600);
    el.style.height = '300px';
    expect(el.getBoundingClientRect().height).to.equal(300);
  });

  // A page's height that means nothing: auto, or 100% of a parent with no height of its own
  // (a blog post's column, a flex column). The widget once became a header over an empty drawing.
  for (const [where, style] of [
    ['height: auto', 'height: auto'],
    ['height: 100% in a parent without a height', 'height: 100%'],
  ] as const) {
    it(`keeps its usual height and draws every event with ${where}`, async () => {
      const el = await mount({ src: DEFAULT_DATASET, size: null, style: `width: 900px; ${style}` });
      expect(el.getBoundingClientRect().height).to.be.closeTo(416, 4);
      const plot = part(el, 'plot').getBoundingClientRect();
      expect(plot.height).to.be.greaterThan(250);
      const shown = marks(el).filter((mark) => {
        const box = mark.getBoundingClientRect();
        return box.height > 0 && box.top >= plot.top - 1 && box.bottom <= plot.bottom + 1;
      });
      expect(shown.length).to.equal(marks(el).length);
      expect(shown.length).to.be.greaterThan(5);
    });
  }

  // Wide enough for the legend's one row in every engine (WebKit's fallback font is wider:
  // the kiosk's legend takes two rows at 900 px there, and the drawing rightly gives one up).
  for (const [mode, width] of [
    ['embed', 900],
    ['kiosk', 1200],
  ] as const) {
    it(`keeps the drawing's place and size from loading to drawn (${mode})`, async () => {
      const el = await mount({
        src: `/test-delay/200${DEFAULT_DATASET}`,
        attributes: { mode },
        size: [width, 400],
        wait: 'update',
      });
      const load = loaded(el);
      const loading = part(el, 'plot').getBoundingClientRect();
      expect(loading.height).to.be.greaterThan(200);
      await load;
      expect(part(el, 'plot').getBoundingClientRect().toJSON()).to.deep.equal(loading.toJSON());
    });
  }

  it('keeps every mark inside a 320-pixel-wide phone screen', async () => {
    const el = await mount({ src: DEFAULT_DATASET, size: [320, 420] });
    const box = el.getBoundingClientRect();
    for (const mark of marks(el)) {
      const label = mark.querySelector('.label') ?? mark;
      const r = label.getBoundingClientRect();
      if (r.width === 0) continue;
      // Marks may start off-screen at the left when their date is; none spills past the right.
      expect(r.right, accessibleName(mark)).to.be.at.most(box.right + 1);
    }
  });
});
