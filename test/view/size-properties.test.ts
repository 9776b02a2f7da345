import { expect, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { kioskSizes } from '../../src/layout/kiosk-sizes.js';
import { presentationScale } from '../../src/layout/presentation-sizes.js';
import { type Sizes, embedSizes } from '../../src/layout/sizes.js';
import { findPart } from '../harness.js';
import { markNamed, mountLoaded, until } from '../helpers.js';

const data = { events: [{ id: 'a', start: '2017', title: 'DCC set up' }] };

/** A mark as drawn: its dot, its height, the gap to its label, the label's type and padding. */
function drawnSizes(el: DiplomacyTimeline) {
  const mark = markNamed(el, 'DCC set up')!;
  const dot = mark.querySelector('.dot')!.getBoundingClientRect();
  const label = mark.querySelector<HTMLElement>('.label')!;
  const style = getComputedStyle(label);
  return {
    dot: dot.width,
    height: mark.getBoundingClientRect().height,
    gap: label.getBoundingClientRect().left - dot.right,
    font: parseFloat(style.fontSize),
    padding: parseFloat(style.paddingLeft),
  };
}

/** The same, as the layout places marks and measures labels with `sizes`, times `scale`. */
function layoutSizes(sizes: Sizes, scale = 1) {
  const m = sizes.metrics;
  return {
    dot: 2 * m.dotRadius * scale,
    height: m.minBadge * scale,
    gap: (m.markWidth - 2 * m.dotRadius) * scale,
    font: sizes.labelFontPx * scale,
    padding: (sizes.labelPadding / 2) * scale,
  };
}

const mount = (mode: string, width: number, height: number) =>
  mountLoaded(
    html`<diplomacy-timeline
      .data=${data}
      mode=${mode}
      lang="en"
      style="width: ${width}px; height: ${height}px"
    ></diplomacy-timeline>`,
  );

describe('sizes shared by the layout and the styles', () => {
  it('draws an article’s marks at the sizes the layout places them by', async () => {
    expect(drawnSizes(await mount('embed', 900, 420))).to.deep.equal(layoutSizes(embedSizes));
  });

  it('draws a kiosk’s marks at the kiosk’s sizes', async () => {
    const el = await mount('kiosk', 1000, 600);
    await until(() => drawnSizes(el).height === kioskSizes.metrics.minBadge);
    expect(drawnSizes(el)).to.deep.equal(layoutSizes(kioskSizes));
  });

  it('draws a presentation’s marks at the article’s sizes times the factor of its box', async () => {
    // About 1.25 times a 1280 × 720 box: the layout reads the factor back from the drawing.
    const el = await mount('presentation', 1600, 900);
    const plot = await until(() => findPart(el, 'slide') && findPart(el, 'plot'));
    const scale = presentationScale(parseFloat(getComputedStyle(plot).fontSize));
    expect(scale).to.be.closeTo(1.25, 0.01);
    const drawn = drawnSizes(el);
    const expected = layoutSizes(embedSizes, scale);
    for (const [key, value] of Object.entries(expected))
      expect(drawn[key as keyof typeof drawn], key).to.be.closeTo(value, 0.05);
  });
});
