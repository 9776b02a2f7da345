import { type ZoomTransform, zoomIdentity } from 'd3-zoom';
import { interpolateZoom } from '../layout/zoom-path.js';

/** How long an eased zoom (buttons, keys, a cluster) takes. */
export const ZOOM_DURATION = 280;

/** d3-ease's cubicInOut: slow out, fast through the middle, slow in. */
function cubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

/**
 * The transforms between `from` and `to`, for t from 0 to 1, for a drawing `width` wide: the
 * zoom path of layout/zoom-path.ts, in time only (the view never moves vertically).
 */
export function zoomPath(
  from: ZoomTransform,
  to: ZoomTransform,
  width: number,
): (t: number) => ZoomTransform {
  const centre = width / 2;
  const path = interpolateZoom(
    [from.invertX(centre), 0, width / from.k],
    [to.invertX(centre), 0, width / to.k],
  );
  return (t) => {
    if (t >= 1) return to;
    const [x, , w] = path(t);
    const k = width / w;
    return zoomIdentity.translate(centre - x * k, 0).scale(k);
  };
}

/**
 * One eased zoom at a time, a step per animation frame. It replaces d3-transition, which
 * would cost the bundle a fifth of its size for this one animation (see src/shims/d3-transition.ts).
 */
export class ZoomAnimation {
  private frame = 0;

  /** Whether an eased zoom is running. */
  get running(): boolean {
    return this.frame !== 0;
  }

  /**
   * Eases from `from` to `to`: `step` gets each frame's transform (the last one is `to`
   * itself), then `done` is called. Replaces any animation already running, which then
   * never calls its `done`.
   */
  start(
    from: ZoomTransform,
    to: ZoomTransform,
    width: number,
    step: (transform: ZoomTransform) => void,
    done: () => void,
  ): void {
    this.stop();
    const path = zoomPath(from, to, width);
    const begin = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, Math.max(0, (now - begin) / ZOOM_DURATION));
      this.frame = t < 1 ? requestAnimationFrame(tick) : 0;
      step(path(cubicInOut(t)));
      if (t === 1) done();
    };
    this.frame = requestAnimationFrame(tick);
  }

  /** Stops where it is, without calling `done`. */
  stop(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
