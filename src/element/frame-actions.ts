import { ViewRange } from '../layout/view-range.js';
import type { FilterActions } from '../view/filters.js';
import type { FrameActions } from '../view/frame.js';
import type { Drawing } from './drawing-builder.js';
import type { MenuActions } from '../controllers/menu-controller.js';
import type { EventSelection } from './event-selection.js';
import type { ZoomController } from '../controllers/zoom-controller.js';
import { handBackPressFocus } from './press-focus.js';

/** What the frame's buttons and delegated listeners act on. */
export interface FrameActionsContext {
  readonly element: HTMLElement;
  readonly zoomer: ZoomController;
  readonly selection: EventSelection;
  readonly filter: FilterActions;
  readonly menu: MenuActions;
  toggleList(): void;
  initialView(): ViewRange | undefined;
  /** The drawing last rendered: "Download image" draws the same. */
  drawn(): Drawing | undefined;
  retry(): void;
}

/**
 * How long after a release its click may come: a mouse's comes at once, a tap's once the
 * browser has told it from a double tap.
 */
const CLICK_AFTER_RELEASE_MS = 1000;

/** The handlers of the frame, made once per element so a render rebinds nothing. */
export function frameActions(context: FrameActionsContext): FrameActions {
  const { zoomer, selection, element } = context;
  // Focus that comes with a press (a click, a tap) is not followed: a focused event is kept
  // labelled, and the layout that keeps it so would move the marks between the press and the
  // release, so the click would land on another mark or on none. The click chooses the event.
  // Until the click (a tap's focus comes after the finger lifts) or, after a drag, a key.
  let pressing = false;
  // What the press fell on, read then: an element whose event left the view between a press
  // and its release (a zoom animating, a kiosk's tour, a relayout) is handed on to another
  // (view/drawn-slots.ts), and the click would choose that one. Only for the click that
  // completes that press, soon after its release: a click without one (a key's, a script's
  // click(), assistive technology's) takes what it is on, and so does one long after a press
  // whose own click never came (d3-zoom stops the click that ends a drag).
  let pressed: { item: Item | null; released: number } | undefined;
  element.addEventListener(
    'pointerdown',
    (event) => {
      pressing = true;
      const primary = event.isPrimary && event.button === 0;
      pressed = primary ? { item: itemAt(event.composedPath()[0]), released: NaN } : undefined;
    },
    true,
  );
  element.addEventListener(
    'pointerup',
    (event) => pressed && (pressed.released = event.timeStamp),
    true,
  );
  handBackPressFocus(element);
  element.addEventListener('pointercancel', () => (pressed = undefined), true);
  element.addEventListener('keydown', () => ((pressing = false), (pressed = undefined)), true);
  element.addEventListener('click', () => (pressing = false), true);
  const zoomAnimated = (factor: number): void => {
    const view = zoomer.view;
    if (view) zoomer.show(view.zoom(factor), { animate: true });
  };
  return {
    toggleList: () => context.toggleList(),
    zoomIn: () => zoomAnimated(2),
    zoomOut: () => zoomAnimated(0.5),
    reset: () => {
      const initial = context.initialView();
      if (initial) zoomer.show(initial, { animate: true });
    },
    activate: (event) => {
      const completes =
        event.isTrusted &&
        event.detail > 0 &&
        event.timeStamp - (pressed?.released ?? NaN) < CLICK_AFTER_RELEASE_MS;
      const item = completes ? pressed!.item : itemAt(event.target);
      pressed = undefined;
      if (item) activate(item, zoomer, selection);
    },
    focusIn: (event) => {
      const mark = event.target instanceof HTMLElement ? event.target.dataset.index : undefined;
      if (mark !== undefined && !pressing) selection.focusedOn(Number(mark));
    },
    closeDetail: () => selection.close(),
    downloadImage: (format) => {
      const drawn = context.drawn();
      if (drawn)
        void import('../export/download-image.js').then((exporter) =>
          exporter.downloadImage(context.element, format, drawn),
        );
    },
    ...context.filter,
    ...context.menu,
    retry: () => context.retry(),
  };
}

/** A mark's or range's event, or a cluster's span of time. */
type Item = { readonly index: number } | { readonly start: number; readonly end: number };

/** The mark, range or cluster `target` is in, as it is drawn now; null where none. */
function itemAt(target: EventTarget | null | undefined): Item | null {
  const element = target instanceof Element ? target : null;
  const cluster = element?.closest<HTMLElement>('.cluster');
  if (cluster) return { start: Number(cluster.dataset.start), end: Number(cluster.dataset.end) };
  const mark = element?.closest<HTMLElement>('[data-index]');
  return mark ? { index: Number(mark.dataset.index) } : null;
}

/** What choosing a mark or a cluster does: open its event's card, or zoom into its events. */
function activate(item: Item, zoomer: ZoomController, selection: EventSelection): void {
  if ('index' in item) return selection.open(item.index);
  const { start, end } = item;
  const view = zoomer.view;
  // Zoom so the cluster's events spread over most of the width.
  const pad = Math.max((end - start) * 0.15, (view?.span ?? 0) / 200);
  zoomer.show(new ViewRange(start - pad, end + pad), { animate: true });
}
