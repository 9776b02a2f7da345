import { readDateInput } from '../data/dates.js';
import { ViewRange } from '../layout/view-range.js';
import type { TimelineParts } from './timeline-parts.js';
import { warn } from '../warn.js';

/** The bodies of the element's public view methods: each moves the zoom at once. */

export function visibleRange({ zoomer, prepared }: TimelineParts): { start: Date; end: Date } {
  const view = zoomer.view ?? prepared.current?.home ?? new ViewRange(0, 0);
  return { start: new Date(view.start), end: new Date(view.end) };
}

export function zoomTo({ zoomer }: TimelineParts, start: Date | string, end: Date | string): void {
  const from = readDateInput(start, 'start');
  const to = readDateInput(end, 'end');
  if (from === undefined || to === undefined || to <= from) {
    warn(`zoomTo needs two dates in order, got ${start}, ${end}.`);
    return;
  }
  zoomer.show(new ViewRange(from, to));
}

export function zoomBy({ zoomer }: TimelineParts, factor: number): void {
  const view = zoomer.view;
  if (view && factor > 0) zoomer.show(view.zoom(factor));
}

export function resetView({ zoomer, prepared }: TimelineParts): void {
  const initial = prepared.initialView();
  if (initial) zoomer.show(initial);
}
