import { expect } from '@open-wc/testing';
import { type ZoomView, interpolateZoom } from '../../src/layout/zoom-path.js';

/** Where a point in time sits across the screen, 0 at the left edge and 1 at the right. */
function onScreen(view: ZoomView, x: number): number {
  return (x - view[0]) / view[2] + 0.5;
}

describe('interpolateZoom', () => {
  it('starts at the first view and ends at the second', () => {
    const path = interpolateZoom([100, 0, 80], [250, 0, 10]);
    expect(path(0)).to.deep.equal([100, 0, 80]);
    const [x, y, w] = path(1);
    expect(x).to.be.closeTo(250, 1e-9);
    expect(y).to.equal(0);
    expect(w).to.be.closeTo(10, 1e-9);
  });

  it('zooms by the same factor in each equal step, so a zoom in looks steady', () => {
    const path = interpolateZoom([0, 0, 1600], [0, 0, 100]);
    const widths = [0, 0.25, 0.5, 0.75, 1].map((t) => path(t)[2]);
    expect(widths.map((w) => Math.round(w))).to.deep.equal([1600, 800, 400, 200, 100]);
  });

  it('keeps the point that both views show at the same place on screen where it is', () => {
    // 30 lies a quarter of the way across both views: the zoom is about it.
    const from: ZoomView = [50, 0, 80];
    const to: ZoomView = [35, 0, 20];
    expect(onScreen(from, 30)).to.be.closeTo(0.25, 1e-9);
    expect(onScreen(to, 30)).to.be.closeTo(0.25, 1e-9);
    const path = interpolateZoom(from, to);
    for (const t of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      expect(onScreen(path(t), 30), `t = ${t}`).to.be.closeTo(0.25, 1e-9);
    }
  });

  it('pans at a steady speed between two views of the same width', () => {
    const path = interpolateZoom([0, 0, 50], [100, 0, 50]);
    expect(path(0.25)).to.deep.equal([25, 0, 50]);
    expect(path(0.5)).to.deep.equal([50, 0, 50]);
  });
});
