import type { Dataset, TimelineEvent } from './data/model.js';

/** The `detail` of each DOM event the element fires. All of them bubble and cross shadow roots. */
export interface TimelineEventDetails {
  'timeline-load': { readonly dataset: Dataset };
  'timeline-error': { readonly message: string; readonly path?: string };
  'timeline-select': { readonly id: string | null; readonly event: TimelineEvent | null };
  'timeline-rangechange': { readonly start: Date; readonly end: Date };
}

export type TimelineEventName = keyof TimelineEventDetails;

declare global {
  interface HTMLElementEventMap {
    'timeline-load': CustomEvent<TimelineEventDetails['timeline-load']>;
    'timeline-error': CustomEvent<TimelineEventDetails['timeline-error']>;
    'timeline-select': CustomEvent<TimelineEventDetails['timeline-select']>;
    'timeline-rangechange': CustomEvent<TimelineEventDetails['timeline-rangechange']>;
  }
}

/** Fires one of the element's events: every one bubbles and is composed, per the contract. */
export function emit<K extends TimelineEventName>(
  target: EventTarget,
  name: K,
  detail: TimelineEventDetails[K],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
