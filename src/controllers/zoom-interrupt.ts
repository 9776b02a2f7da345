import { selection } from 'd3-selection';

/*
 * Stands in for d3-transition, through an alias in vite.config.ts and
 * web-test-runner.config.mjs.
 *
 * d3-zoom imports `interrupt` from d3-transition, and calls `selection.interrupt()` (which
 * d3-transition adds to d3-selection's prototype) before it moves the view, to stop a
 * transition in flight. It calls `selection.transition()` only for an animated double-click
 * zoom, which this widget turns off (`dblclick.zoom` removed, `duration(0)`). The widget
 * eases its own zooms (zoom-animation.ts) and never starts a d3 transition, so there is
 * never one to interrupt: both are no-ops here.
 *
 * Why not the real module: d3-transition is marked `sideEffects: true` and brings d3-color,
 * d3-ease, d3-timer and most of d3-interpolate (about 28 KB minified, a fifth of the bundle)
 * for an animation this widget does in a few lines.
 */

/** d3-transition's `interrupt(node, name)`: nothing to stop, as no transition ever runs. */
export function interrupt(): void {}

/** d3-transition's `selection.interrupt()`, which d3-zoom calls on every programmatic move. */
(selection.prototype as { interrupt?: () => unknown }).interrupt = function (this: unknown) {
  return this;
};
