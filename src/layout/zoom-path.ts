/** A view as d3-zoom hands it to an interpolator: the centre (x, y) and the width shown. */
export type ZoomView = [x: number, y: number, width: number];

/**
 * The views between `from` and `to`, for t from 0 to 1: the width changes by the same factor
 * in each equal step of t, about the one point that stays at the same place on the screen in
 * both views, so the reader sees a steady zoom toward (or away from) that point; two views of
 * the same width pan at a steady speed.
 *
 * It has the signature of d3-interpolate's `interpolateZoom`, and stands in for it as d3-zoom's
 * default interpolator (src/shims/d3-interpolate.ts). d3's version (van Wijk and Nuij) zooms out and back in over long pans; a 280 ms zoom
 * between nearby views does not need that.
 */
export function interpolateZoom(from: ZoomView, to: ZoomView): (t: number) => ZoomView {
  const [x0, y0, w0] = from;
  const [x1, y1, w1] = to;
  const ratio = w1 / w0;
  // The centre moves in proportion to the change of width: that keeps the fixed point fixed.
  const share =
    Math.abs(ratio - 1) < 1e-12 ? (t: number) => t : (t: number) => (ratio ** t - 1) / (ratio - 1);
  return (t) => {
    const s = share(t);
    return [x0 + (x1 - x0) * s, y0 + (y1 - y0) * s, w0 * ratio ** t];
  };
}
