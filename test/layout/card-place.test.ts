import { expect } from '@open-wc/testing';
import { type Extent, freePart, placeCard, viewPlacing } from '../../src/layout/card-place.js';
import { ViewRange } from '../../src/layout/view-range.js';

const WIDTH = 672;
const CARD = 325;
const INSET = 8;

/** A mark whose dot is at `x` with a label `label` px wide to its right. */
const mark = (x: number, label = 150): Extent => ({ left: x - 7, right: x + 7 + label });

function clear(place: { side: 'start' | 'end'; shift: number }, m: Extent): boolean {
  const free = freePart(WIDTH, CARD, INSET, place.side);
  return m.left + place.shift >= free.left && m.right + place.shift <= free.right;
}

/** A place on `side` that leaves the view where it is. */
const unmoved = (side: 'start' | 'end') => ({ side, shift: 0 });

describe('placeCard', () => {
  it('puts the card on the side away from a newly chosen mark', () => {
    expect(placeCard(WIDTH, CARD, INSET, mark(40), 'end', true)).to.deep.equal(unmoved('end'));
    expect(placeCard(WIDTH, CARD, INSET, mark(500), 'end', true)).to.deep.equal(unmoved('start'));
  });

  it('moves the view so a mark in the middle lands in the middle of the free part', () => {
    const m = mark(300);
    const place = placeCard(WIDTH, CARD, INSET, m, 'end', true);
    expect(place.shift).to.not.equal(0);
    expect(clear(place, m)).to.equal(true);
    const free = freePart(WIDTH, CARD, INSET, place.side);
    const centre = (m.left + m.right) / 2 + place.shift;
    expect(centre).to.be.closeTo((free.left + free.right) / 2, 0.001);
  });

  it('keeps its side while a pan leaves the mark uncovered, and changes it when it would not', () => {
    expect(placeCard(WIDTH, CARD, INSET, mark(150), 'start', false)).to.deep.equal(unmoved('end'));
    expect(placeCard(WIDTH, CARD, INSET, mark(400), 'start', false)).to.deep.equal(
      unmoved('start'),
    );
  });

  it('never moves the view under a gesture', () => {
    expect(placeCard(WIDTH, CARD, INSET, mark(300), 'end', false).shift).to.equal(0);
  });

  it('leaves the view alone for an era wider than the free part, covering the less of it', () => {
    const era = { left: 20, right: 600 };
    const place = placeCard(WIDTH, CARD, INSET, era, 'end', true);
    expect(place.shift).to.equal(0);
    expect(place.side).to.equal('end');
  });

  it('finds a clear place for any mark that fits, at every width from 600 px', () => {
    for (const width of [600, 672, 1024, 1440]) {
      const card = Math.min(384, width / 2 - 12);
      for (let x = 0; x <= width; x += 8) {
        const m = { left: x - 7, right: x + 7 + 190 };
        const place = placeCard(width, card, INSET, m, 'end', true);
        const free = freePart(width, card, INSET, place.side);
        expect(m.left + place.shift, `${width} px, mark at ${x}`).to.be.at.least(free.left);
        expect(m.right + place.shift, `${width} px, mark at ${x}`).to.be.at.most(free.right);
      }
    }
  });
});

describe('viewPlacing', () => {
  const home = new ViewRange(0, 1000);

  it('pans the view when the home range has room', () => {
    const view = new ViewRange(200, 600);
    const placed = viewPlacing(view, home, 400, 100, 800);
    expect(placed.span).to.equal(400);
    expect(placed.x(400, 800)).to.be.closeTo(100, 1e-9);
  });

  it('zooms in about the time, as little as it must, when a pan alone cannot get there', () => {
    const placed = viewPlacing(home, home, 500, 150, 600);
    expect(placed.x(500, 600)).to.be.closeTo(150, 1e-9);
    expect(placed.start).to.be.at.least(home.start);
    expect(placed.end).to.be.at.most(home.end + 1e-9);
    expect(placed.end).to.be.closeTo(home.end, 1e-9);
  });
});
