import { selection } from 'd3-selection';

/*
 * Stands in for d3-transition (src/shims/stand-ins.mjs wires it into the build, the tests and
 * the size report).
 *
 * d3-zoom imports `interrupt` from d3-transition, and calls `selection.interrupt()` (which
 * d3-transition adds to d3-selection's prototype) before it moves the view, to stop a
 * transition in flight. It calls `selection.transition()` only for an animated double-click
 * zoom, which this widget turns off (`dblclick.zoom` removed, `duration(0)`). The widget
 * eases its own zooms (animation/zoom-animation.ts) and never starts a d3 transition, so there is
 * never one to interrupt: both are no-ops here. test/controllers/zoom-stand-ins.test.ts
 * double-clicks the drawing to hold the widget to that, and test/scripts/stand-ins.test.mjs
 * checks that d3-zoom is the only module that imports d3-transition.
 *
 * It patches d3-selection's prototype, as the real module does: d3-zoom calls the method on
 * its own selections. That is why the package build for bundlers (vite.package.config.ts),
 * whose d3-selection an app shares, does not use it.
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
