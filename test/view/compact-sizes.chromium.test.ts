import { expect } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import '../../src/index.js';
import { compactSizes, embedSizes } from '../../src/layout/sizes.js';
import { overlap } from '../geometry.js';
import { mount } from '../harness.js';
import { DEFAULT_DATASET, accessibleName, until } from '../helpers.js';

/** A timeline `width` px wide, as tall as a phone's strip of the page. */
const mountAt = (width: number, mode = 'embed') =>
  mount({ src: DEFAULT_DATASET, attributes: { lang: 'en', mode }, size: [width, 416] });

/** The first mark's type size and height as drawn. */
function drawnMark(el: DiplomacyTimeline) {
  const mark = el.shadowRoot!.querySelector<HTMLElement>('.mark')!;
  return {
    font: parseFloat(getComputedStyle(mark.querySelector('.label')!).fontSize),
    height: mark.getBoundingClientRect().height,
  };
}

/** Label lanes as the layout placed them: the distinct tops of the marks. */
const laneTops = (el: DiplomacyTimeline) =>
  [
    ...new Set(
      [...el.shadowRoot!.querySelectorAll('.mark')].map((m) => m.getBoundingClientRect().top),
    ),
  ].sort((a, b) => a - b);

/** A widget no wider than a phone, wherever it is (its box, not the window, decides). */
describe('a narrow widget', () => {
  it('draws and lays out its labels at the compact sizes, in lanes they fit', async () => {
    const el = await mountAt(343);
    expect(drawnMark(el)).to.deep.equal({
      font: compactSizes.labelFontPx,
      height: compactSizes.metrics.minBadge,
    });
    // Lanes are the compact lanes apart (or more, spread over the height), and there are more
    // of them than the article's sizes fit in the same box.
    const tops = laneTops(el);
    for (let i = 1; i < tops.length; i++) {
      expect(tops[i]! - tops[i - 1]!, `lane ${i}`).to.be.at.least(
        compactSizes.rows.laneHeight - 0.5,
      );
    }
    expect(tops.length).to.be.at.least(6);
    const root = el.shadowRoot!;
    const marks = [...root.querySelectorAll<HTMLElement>('.mark:has(.label)')];
    const labels = marks.map((m) => m.querySelector<HTMLElement>('.label')!);
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    // The layout measured each label at the size it is drawn: none it left whole is cut by
    // the browser, none overlaps another, all lie inside the drawing.
    for (const [i, label] of labels.entries()) {
      const name = accessibleName(marks[i]!);
      const box = label.getBoundingClientRect();
      if (!marks[i]!.matches('.cut, .clamped'))
        expect(label.scrollWidth, name).to.be.at.most(label.clientWidth);
      expect(box.left >= plot.left - 0.5 && box.right <= plot.right + 0.5, name).to.equal(true);
      for (const [j, other] of labels.entries()) {
        if (j > i)
          expect(overlap(box, other.getBoundingClientRect(), 0.5), `${name} / ${j}`).to.equal(
            false,
          );
      }
    }
  });

  it('keeps the article’s sizes above the compact width, and a kiosk’s own', async () => {
    expect(drawnMark(await mountAt(672))).to.deep.equal({
      font: embedSizes.labelFontPx,
      height: embedSizes.metrics.minBadge,
    });
    const kiosk = await mountAt(343, 'kiosk');
    await until(() => drawnMark(kiosk).font === 17);
    expect(drawnMark(kiosk).height).to.equal(44);
  });
});
