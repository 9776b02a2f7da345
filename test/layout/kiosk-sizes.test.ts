import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import type { DatasetInput } from '../../src/data/schema.js';
import { pickText } from '../../src/i18n/format.js';
import { indexEvents } from '../../src/layout/event-index.js';
import { isPortrait, kioskPortraitSizes, kioskSizes } from '../../src/layout/kiosk-sizes.js';
import { labelWidthCache, twoLineWidth } from '../../src/layout/label-width.js';
import { type Rows, fillRows, layoutRows } from '../../src/layout/rows.js';
import type { Sizes } from '../../src/layout/sizes.js';
import { lanesTaken, layoutTimeline } from '../../src/layout/timeline-layout.js';
import { homeRange } from '../../src/layout/view-range.js';
import { DEFAULT_DATASET } from '../helpers.js';
import { syntheticDataset } from '../fixtures/synthetic.js';

/** The drawing of a 1080 × 1920 kiosk: the screen less the header and the legend row. */
const PORTRAIT = { width: 1080, height: 1810 };

/** Lays a dataset out in its home view as the kiosk's drawing does, with its rows. */
function drawHome(input: DatasetInput, sizes: Sizes, size: { width: number; height: number }) {
  const dataset = normaliseDataset(input);
  const index = indexEvents(dataset.events);
  const home = homeRange(index.first, index.last);
  const titles = (lang: string) => (i: number) => pickText(dataset.events[i]!.title, lang).text;
  const labelWidth = labelWidthCache(
    dataset.events.length,
    titles('id'),
    sizes.labelFontPx,
    sizes.labelPadding,
  );
  const rangeLanes = index.ranges.length ? 2 : 0;
  const lay = (lanes: number) =>
    layoutTimeline({
      index,
      view: home,
      width: size.width,
      lanes,
      labelWidth,
      wrappedWidth: labelWidth.wrapped,
      pinned: [],
      metrics: sizes.metrics,
    });
  const rows: Rows = sizes.fill
    ? fillRows(size.height, rangeLanes, sizes.rows, sizes.rows.laneHeight * sizes.fill, (lanes) =>
        lanesTaken(lay(lanes)),
      )
    : layoutRows(size.height, rangeLanes, sizes.rows);
  const layout = lay(rows.lanes);
  const labelled = layout.marks.filter((m) => m.lane >= 0);
  const tops = labelled.map((m) => rows.laneTop(m.lane));
  return {
    dataset,
    layout,
    titles,
    labelWidth,
    /** From the top of the highest mark to the bottom of the lowest, in pixels. */
    extent: labelled.length ? Math.max(...tops) + 44 - Math.min(...tops) : 0,
  };
}

describe('kiosk sizes', () => {
  let bundled: DatasetInput;
  before(async () => {
    bundled = (await (await fetch(DEFAULT_DATASET)).json()) as DatasetInput;
  });

  it('takes upright screens and tablets as portrait, and landscape or square-ish ones not', () => {
    expect(isPortrait(1080, 1920)).to.equal(true);
    expect(isPortrait(768, 1366)).to.equal(true);
    expect(isPortrait(600, 900)).to.equal(true);
    expect(isPortrait(1920, 1080)).to.equal(false);
    expect(isPortrait(1280, 720)).to.equal(false);
    expect(isPortrait(1000, 1100)).to.equal(false);
    expect(isPortrait(0, 0)).to.equal(false);
  });

  it('keeps touch targets of at least 44 pixels upright', () => {
    const s = kioskPortraitSizes;
    expect(s.rows.laneHeight).to.be.at.least(44);
    expect(s.rows.clusterHeight).to.be.at.least(44);
    expect(s.metrics.minBadge).to.be.at.least(44);
    expect(s.metrics.dotRadius * 2 + s.metrics.markWidth).to.be.at.least(44);
  });

  it('fills more than half of a 1080 × 1920 drawing with the bundled events, where landscape sizes left them in the bottom third', () => {
    const upright = drawHome(bundled, kioskPortraitSizes, PORTRAIT);
    const before = drawHome(bundled, kioskSizes, PORTRAIT);
    expect(upright.layout.clusters).to.deep.equal([]);
    expect(upright.extent).to.be.above(PORTRAIT.height / 2);
    expect(before.extent).to.be.below(PORTRAIT.height / 3);
  });

  it('fills more than half of a 768 × 1366 tablet too', () => {
    const tablet = { width: 768, height: 1256 };
    expect(drawHome(bundled, kioskPortraitSizes, tablet).extent).to.be.above(tablet.height / 2);
  });

  it('gives every bundled title, in both languages, a label box that holds it whole', () => {
    const { dataset, layout } = drawHome(bundled, kioskPortraitSizes, PORTRAIT);
    const s = kioskPortraitSizes;
    for (const lang of ['id', 'en']) {
      for (const mark of layout.marks) {
        const title = pickText(dataset.events[mark.index]!.title, lang).text;
        expect(twoLineWidth(title, s.labelFontPx) + s.labelPadding, title).to.be.at.most(
          s.metrics.maxLabelWidth,
        );
      }
    }
    // Landscape too, every label is drawn whole, on one line or two.
    const landscape = drawHome(bundled, kioskSizes, { width: 1920, height: 970 }).layout;
    expect(landscape.marks.filter((m) => m.lane < 0 || m.cut)).to.deep.equal([]);
  });

  it('labels a crowded dataset up the whole height, not one badge per column', () => {
    const tablet = { width: 768, height: 1256 };
    const dense = syntheticDataset(300, { ranges: 6, years: 60 });
    const upright = drawHome(dense, kioskPortraitSizes, tablet);
    expect(upright.layout.marks.length).to.be.above(30);
    expect(upright.extent).to.be.above(tablet.height / 2);
  });
});
