import { render } from 'lit';
import type { LayoutInput } from '../layout/layout-types.js';
import { type TimelineLayout, layoutTimeline } from '../layout/timeline-layout.js';
import { ViewRange } from '../layout/view-range.js';
import { whenIdle } from '../scheduler.js';
import type { ViewContext } from '../view/context.js';
import { DrawnSlots } from '../view/drawn-slots.js';
import { renderDrawn } from '../view/marks.js';

/**
 * The views a reader's first gestures pass through from `view`: zoomed in step by step about
 * its middle, then dragged a little each way from the deepest (from the home view a drag pans
 * nothing).
 */
function firstGestureViews(view: ViewRange): ViewRange[] {
  const views = [1.3, 1.8, 2.5].map((factor) => view.zoom(factor));
  const deepest = views[views.length - 1]!;
  const nudge = deepest.span / 20;
  for (const by of [nudge, -nudge]) views.push(new ViewRange(deepest.start + by, deepest.end + by));
  return views;
}

/**
 * Rehearses a reader's first gestures in the page's idle moments after a first drawing: lays
 * out the views they pass through, and draws them, one after the other, into an element that
 * is in no page and then thrown away. A first zoom or drag frame would otherwise measure every
 * label it reveals, and run for the first time the code that lays out a moving view and
 * updates marks already drawn, before the browser has compiled it: at 10,000 events such
 * frames took 2 to 4 times as long as the same frames of a later gesture, and some became
 * long tasks (npm run bench). One view an idle moment, so a reader's first touch waits for
 * one at most. `input` and `ctx` are the first drawing's: its labels, lanes and box. A widget
 * taken out of the page stops rehearsing (and lets go of its dataset) at its next idle moment.
 */
export function rehearse(
  input: LayoutInput,
  ctx: ViewContext,
  first: TimelineLayout,
  element: Element,
): void {
  const box = document.createElement('div');
  // Slots of its own: the drawing's must hand over elements only between its own frames.
  const context: ViewContext = { ...ctx, slots: new DrawnSlots() };
  const views = firstGestureViews(input.view);
  const draw = (layout: TimelineLayout) => render(renderDrawn(context, layout), box);
  // One view an idle moment: a view took up to 25 ms here at 100,000 events (a 2-core PC).
  const next = () => {
    const view = views.shift();
    if (!view || !element.isConnected) return;
    draw(layoutTimeline({ ...input, view }));
    whenIdle(next);
  };
  // From the frame after the first drawing: an idle moment can come before that frame is
  // painted, and the reader would wait for the rehearsal.
  requestAnimationFrame(() =>
    whenIdle(() => {
      if (!element.isConnected) return;
      draw(first);
      whenIdle(next);
    }),
  );
}
