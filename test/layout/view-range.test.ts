import { expect } from '@open-wc/testing';
import {
  MIN_SPAN,
  ViewRange,
  clampView,
  homeRange,
  maxZoom,
  transformForView,
  viewFromTransform,
} from '../../src/layout/view-range.js';

const DAY = 24 * 3600 * 1000;
const YEAR = 365.25 * DAY;
const WIDTH = 1000;

/** A view over local calendar years, as a reader would ask for it. */
function years(from: number, to: number): ViewRange {
  return new ViewRange(new Date(from, 0, 1).getTime(), new Date(to, 0, 1).getTime());
}

describe('ViewRange', () => {
  const view = years(2000, 2010);

  it('puts its start at the left edge, its end at the right edge and its centre in the middle', () => {
    expect(view.x(view.start, WIDTH)).to.equal(0);
    expect(view.x(view.end, WIDTH)).to.equal(WIDTH);
    expect(view.x(view.centre, WIDTH)).to.be.closeTo(WIDTH / 2, 1e-9);
    expect(view.span).to.equal(view.end - view.start);
  });

  it('maps x back to the time it came from', () => {
    for (const t of [
      view.start,
      view.centre,
      new Date(2003, 6, 14).getTime(),
      view.end,
      view.start - 5 * YEAR,
    ]) {
      expect(view.time(view.x(t, WIDTH), WIDTH)).to.be.closeTo(t, 1);
    }
    for (const x of [-250, 0, 1, 333.3, 999, 1000, 1500]) {
      expect(view.x(view.time(x, WIDTH), WIDTH)).to.be.closeTo(x, 1e-6);
    }
  });

  it('contains its ends and nothing outside them', () => {
    expect(view.contains(view.start)).to.equal(true);
    expect(view.contains(view.end)).to.equal(true);
    expect(view.contains(view.start - 1)).to.equal(false);
    expect(view.contains(view.end + 1)).to.equal(false);
  });

  it('halves its span when zoomed in by 2 about the centre', () => {
    const zoomed = view.zoom(2);
    expect(zoomed.span).to.be.closeTo(view.span / 2, 1);
    expect(zoomed.centre).to.be.closeTo(view.centre, 1);
  });

  it('keeps the time under the pointer in place when zooming about it', () => {
    const at = view.time(200, WIDTH);
    for (const factor of [2, 0.5, 7.3]) {
      const zoomed = view.zoom(factor, at);
      expect(zoomed.x(at, WIDTH)).to.be.closeTo(200, 1e-6);
      expect(zoomed.span).to.be.closeTo(view.span / factor, 1);
    }
  });

  it('returns a new view and leaves the old one as it was', () => {
    const before = new ViewRange(view.start, view.end);
    const zoomed = view.zoom(3);
    const moved = view.centredOn(view.start);
    expect(zoomed).not.to.equal(view);
    expect(moved).not.to.equal(view);
    expect(view.equals(before)).to.equal(true);
  });

  it('centres on a time without changing its span', () => {
    const t = new Date(1945, 7, 17).getTime();
    const moved = view.centredOn(t);
    expect(moved.centre).to.be.closeTo(t, 1);
    expect(moved.span).to.be.closeTo(view.span, 1);
  });

  it('equals a view with the same ends only', () => {
    expect(view.equals(years(2000, 2010))).to.equal(true);
    expect(view.equals(years(2000, 2011))).to.equal(false);
  });
});

describe('homeRange', () => {
  it('shows the whole extent with a 5% margin each side', () => {
    const first = new Date(1998, 0, 1).getTime();
    const last = new Date(2018, 0, 1).getTime();
    const home = homeRange(first, last);
    const margin = (last - first) * 0.05;
    expect(home.start).to.be.closeTo(first - margin, 1);
    expect(home.end).to.be.closeTo(last + margin, 1);
  });

  it('is at least a year wide, centred on a lone event', () => {
    const t = new Date(2017, 0, 10).getTime();
    const home = homeRange(t, t);
    expect(home.span).to.be.closeTo(YEAR * 1.1, 1);
    expect(home.centre).to.be.closeTo(t, 1);
    expect(home.contains(t)).to.equal(true);
  });

  it('widens a short extent to a year around its middle', () => {
    const first = new Date(2017, 0, 1).getTime();
    const last = new Date(2017, 2, 1).getTime();
    const home = homeRange(first, last);
    expect(home.span).to.be.closeTo(YEAR * 1.1, 1);
    expect(home.centre).to.be.closeTo((first + last) / 2, 1);
  });
});

describe('zoom transforms', () => {
  const home = years(1900, 2020);

  it('shows home at the identity transform', () => {
    const view = viewFromTransform(home, WIDTH, { k: 1, x: 0 });
    expect(view.start).to.be.closeTo(home.start, 1);
    expect(view.end).to.be.closeTo(home.end, 1);
    const t = transformForView(home, WIDTH, home);
    expect(t.k).to.equal(1);
    expect(t.x).to.be.closeTo(0, 1e-9);
  });

  it('turns a view into a transform and back into the same view', () => {
    for (const view of [
      years(2000, 2010),
      years(1890, 1900),
      new ViewRange(home.centre, home.centre + MIN_SPAN),
      home,
    ]) {
      const back = viewFromTransform(home, WIDTH, transformForView(home, WIDTH, view));
      expect(back.start).to.be.closeTo(view.start, 1);
      expect(back.end).to.be.closeTo(view.end, 1);
    }
  });

  it('turns a transform into a view and back into the same transform', () => {
    for (const t of [
      { k: 1, x: 0 },
      { k: 4, x: -1200 },
      { k: 37.5, x: -20000 },
    ]) {
      const back = transformForView(home, WIDTH, viewFromTransform(home, WIDTH, t));
      expect(back.k).to.be.closeTo(t.k, 1e-9 * t.k);
      expect(back.x).to.be.closeTo(t.x, 1e-6);
    }
  });

  it('lets d3-zoom zoom in until a view would be narrower than MIN_SPAN', () => {
    expect(maxZoom(home)).to.be.closeTo(home.span / MIN_SPAN, 1e-9);
    expect(maxZoom(new ViewRange(0, MIN_SPAN / 2))).to.equal(1);
  });
});

describe('clampView', () => {
  const home = years(1990, 2020);

  it('leaves a view inside home unchanged', () => {
    const view = years(2000, 2010);
    const clamped = clampView(view, home);
    expect(clamped.start).to.be.closeTo(view.start, 1);
    expect(clamped.end).to.be.closeTo(view.end, 1);
  });

  it('shifts a view that strays past either end back inside home, keeping its span', () => {
    for (const view of [years(1980, 1995), years(2015, 2030), years(1900, 1910)]) {
      const clamped = clampView(view, home);
      expect(clamped.start).to.be.at.least(home.start - 1);
      expect(clamped.end).to.be.at.most(home.end + 1);
      expect(clamped.span).to.be.closeTo(view.span, 1);
    }
    expect(clampView(years(1980, 1995), home).start).to.be.closeTo(home.start, 1);
    expect(clampView(years(2015, 2030), home).end).to.be.closeTo(home.end, 1);
  });

  it('shrinks a view wider than home to home', () => {
    const clamped = clampView(years(1900, 2100), home);
    expect(clamped.start).to.be.closeTo(home.start, 1);
    expect(clamped.end).to.be.closeTo(home.end, 1);
  });

  it('widens a view narrower than MIN_SPAN about its centre', () => {
    const centre = new Date(2005, 5, 15).getTime();
    const clamped = clampView(new ViewRange(centre - 1000, centre + 1000), home);
    expect(clamped.span).to.be.closeTo(MIN_SPAN, 1);
    expect(clamped.centre).to.be.closeTo(centre, 1);
  });

  it('keeps any view inside home and no narrower than MIN_SPAN', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 500; i++) {
      const centre = home.start - home.span + random() * 3 * home.span;
      const span = 10 ** (random() * 14);
      const clamped = clampView(new ViewRange(centre - span / 2, centre + span / 2), home);
      expect(clamped.start).to.be.at.least(home.start - 1);
      expect(clamped.end).to.be.at.most(home.end + 1);
      expect(clamped.span).to.be.at.least(MIN_SPAN - 1);
      expect(clamped.span).to.be.at.most(home.span + 1);
    }
  });
});
