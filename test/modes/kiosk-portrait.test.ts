import { expect } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { kioskPortraitSizes } from '../../src/layout/kiosk-sizes.js';
import { restoreViewport, setViewport } from '../engine.js';
import {
  bareMarks,
  findPart,
  isPortrait,
  labelledMarks,
  mount,
  part,
  parts,
  pressables,
  shownLabels,
} from '../harness.js';
import { DEFAULT_DATASET, accessibleName, shownText, until } from '../helpers.js';

/** Upright kiosk screens: a full-HD panel on its side, and a tablet held upright. */
const UPRIGHT_SCREENS = [
  [1080, 1920],
  [768, 1366],
] as const;

/** A kiosk filling a screen of `width` × `height` pixels, as the kiosk page shows it. */
async function mountScreen(width: number, height: number, lang = 'en'): Promise<DiplomacyTimeline> {
  await setViewport({ width, height });
  const attributes = { mode: 'kiosk', lang };
  return mount({ src: DEFAULT_DATASET, attributes, size: [width, height], style: 'border: 0' });
}

const box = (el: Element) => el.getBoundingClientRect();
const plotBox = (el: DiplomacyTimeline) => box(part(el, 'plot'));
const pointMarks = labelledMarks;

/** How much of the drawing's height the marks take, top of the highest to foot of the lowest. */
function markExtent(el: DiplomacyTimeline): number {
  const boxes = pointMarks(el).map(box);
  return Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
}

/** Labels of marks and range bars whose text does not fit (cut with an ellipsis, or a line hidden). */
function cutLabels(el: DiplomacyTimeline): string[] {
  return shownLabels(el)
    .filter((l) => l.scrollHeight > l.clientHeight + 1 || l.scrollWidth > l.clientWidth + 1)
    .map((l) => l.textContent!);
}

describe('kiosk mode on an upright screen', () => {
  after(restoreViewport);

  for (const [width, height] of UPRIGHT_SCREENS) {
    it(`spreads the events over more than half of the drawing at ${width} × ${height}`, async () => {
      const el = await mountScreen(width, height);
      expect(isPortrait(el)).to.equal(true);
      expect(markExtent(el)).to.be.above(plotBox(el).height / 2);
      for (const mark of pointMarks(el)) expect(box(mark).top).to.be.at.least(plotBox(el).top);
    });

    it(`shows every title whole, on at most two lines, in both languages at ${width} × ${height}`, async () => {
      const el = await mountScreen(width, height, 'id');
      expect(pointMarks(el).length).to.be.above(10);
      expect(cutLabels(el), 'id').to.deep.equal([]);
      el.lang = 'en';
      await until(() => shownText(pointMarks(el)[0]).includes('ICT seen'));
      expect(cutLabels(el), 'en').to.deep.equal([]);
      for (const mark of pointMarks(el)) {
        const label = mark.querySelector('.label')!;
        // 22-pixel lines: one or two of them.
        expect(box(label).height, label.textContent!).to.be.at.most(45);
      }
    });
  }

  it('keeps every lane where it is while zooming and panning, so marks do not jump up and down', async () => {
    const el = await mountScreen(768, 1366);
    // With the card open the lanes have less room: spread less than the most allowed, or, where
    // the events take every lane, packed with more lanes beside the range bars (rows.ts).
    const full = plotBox(el).height;
    el.select('ict-relevance-recognised');
    await until(() => plotBox(el).height < full);
    await el.updateComplete;
    // A label set on three lines across two lanes sits half way between them (checked below).
    const onLanes = () => pointMarks(el).filter((m) => !m.matches('.across'));
    const tops = () => new Set(onLanes().map((m) => Math.round(box(m).top)));
    const home = [...tops()].sort((a, b) => a - b);
    const pitch = home[1]! - home[0]!;
    expect(pitch, 'lanes a lane apart').to.be.at.least(kioskPortraitSizes.rows.laneHeight);
    expect(pitch, 'less than the most').to.be.below(
      kioskPortraitSizes.rows.laneHeight * kioskPortraitSizes.fill!,
    );
    const lowest = home[home.length - 1]!;
    for (const move of [() => el.zoomBy(3), () => el.zoomBy(2), () => el.zoomBy(0.25)]) {
      move();
      await el.updateComplete;
      for (const top of tops()) expect((lowest - top) % pitch, `lane at ${top}`).to.equal(0);
      for (const mark of pointMarks(el).filter((m) => m.matches('.across'))) {
        const off = (lowest - box(mark).top) % pitch;
        expect(Math.abs(off - pitch / 2), `across at ${box(mark).top}`).to.be.at.most(1);
      }
    }
  });

  it('opens the card across the screen above the drawing, which makes room below it', async () => {
    const el = await mountScreen(1080, 1920);
    const before = plotBox(el);
    const chosen = pointMarks(el).find((m) =>
      accessibleName(m).includes('annual press statement 2017'),
    )!;
    chosen.click();
    const card = await until(() => findPart(el, 'detail'));
    await until(() => plotBox(el).height < before.height);
    const plot = plotBox(el);
    const c = box(card);
    expect(c.width).to.be.above(1000);
    // In the upper half, at a standing reader's eye level, and not over the drawing.
    expect(c.top).to.be.below(200);
    expect(c.bottom).to.be.at.most(plot.top + 1);
    expect(c.bottom).to.be.below(1920 / 2);
    // The drawing keeps its foot and every mark, the chosen one among them, in view below.
    // Within 0.01 px: Firefox lays out in 1/60 px units and rounds them back to floats, so
    // the same edge can read 1871.99994 one time and 1872.00003 the next.
    expect(plot.bottom).to.be.closeTo(before.bottom, 0.01);
    await until(() => findPart(el, 'event-selected'));
    for (const mark of pointMarks(el)) {
      expect(box(mark).top, accessibleName(mark)).to.be.at.least(plot.top);
      expect(box(mark).bottom, accessibleName(mark)).to.be.at.most(plot.bottom);
    }
    expect(markExtent(el)).to.be.above(plot.height / 2);
    expect(cutLabels(el), 'the chosen label too').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keeps every button a 44 × 44 target, the card open', async () => {
    const el = await mountScreen(768, 1366);
    el.select('digital-command-center');
    await until(() => findPart(el, 'detail'));
    for (const button of pressables(el).filter((b) => b.localName === 'button')) {
      expect(box(button).width, accessibleName(button)).to.be.at.least(44 - 0.01);
      expect(box(button).height, accessibleName(button)).to.be.at.least(44 - 0.01);
    }
  });

  it('gives each category a band of lanes up the screen with group-by, labelling every event', async () => {
    const el = await mountScreen(1080, 1920);
    el.groupBy = 'category';
    const bands = await until(() => {
      const found = parts(el, 'lane-label');
      return found.length > 0 && found;
    });
    await el.updateComplete;
    expect(bands.length).to.equal(5);
    // The bands reach well up the screen, and nothing is left in a badge.
    expect(Math.min(...bands.map((b) => box(b).top))).to.be.below(
      plotBox(el).top + plotBox(el).height / 2,
    );
    expect([...parts(el, 'cluster'), ...bareMarks(el)]).to.have.length(0);
    const colours = (e: HTMLElement) => e.style.getPropertyValue('--dt-event-color');
    for (const mark of pointMarks(el)) {
      const y = box(mark).top + box(mark).height / 2;
      const band = bands.find((b) => y >= box(b).top && y < box(b).bottom);
      expect(band && colours(band), accessibleName(mark)).to.equal(colours(mark));
    }
  });

  it('goes back to the landscape layout when the screen is turned', async () => {
    const el = await mountScreen(1080, 1920);
    await setViewport({ width: 1920, height: 1080 });
    el.style.width = '1920px';
    el.style.height = '1080px';
    await until(() => !isPortrait(el));
    // Lanes packed by the axis again (a label may still take two lines where the next mark is
    // near), and the card beside the drawing, over it, as before: at either edge, on the side
    // away from the chosen mark.
    await until(() => markExtent(el) < plotBox(el).height / 2);
    const before = plotBox(el);
    el.select('digital-command-center');
    const card = box(await until(() => findPart(el, 'detail')));
    await el.updateComplete;
    expect(plotBox(el).height).to.equal(before.height);
    const edge = Math.min(
      Math.abs(card.right - (box(el).right - 8)),
      Math.abs(card.left - (box(el).left + 9)),
    );
    expect(edge).to.be.below(2);
    expect(card.width).to.be.below(600);
  });
});
