// The widget's regions that carry no part of their own: the header row above the drawing, and
// everything drawn inside the drawing. Kept beside the harness so a change of the frame's
// markup touches one file.
import { part, pressables, shownLabels } from './harness.js';
import { scope } from './roles.js';

/** The header row: the title and the buttons above the drawing. */
export function header(el: Element): HTMLElement {
  const found = scope(el).querySelector<HTMLElement>('.header');
  if (!found) throw new Error(`no header in ${el.localName}`);
  return found;
}

/** What the drawing shows a reader: every mark, bar, badge and control in it, and the labels shown. */
export function drawnThings(el: Element): HTMLElement[] {
  return [...pressables(part(el, 'plot')), ...shownLabels(el)];
}
