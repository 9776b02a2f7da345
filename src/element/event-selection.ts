import type { ReactiveControllerHost } from 'lit';
import type { Dataset, TimelineEvent } from '../data/model.js';
import { firstEventFrom } from '../layout/event-index.js';
import type { ViewRange } from '../layout/view-range.js';
import { warn } from '../warn.js';

/** The element as the selection sees it: its `selected` property and its shadow root. */
export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/** What the selection needs from the rest of the widget. */
export interface SelectionContext {
  dataset(): Dataset | undefined;
  view(): ViewRange | undefined;
  /** Moves the view (bringing an event into sight). */
  show(view: ViewRange): void;
  /** Brings a chosen event into view in a way of its own (a slide); false leaves it to `show`. */
  reveal?(event: TimelineEvent): boolean;
  /** A new choice was made: announce it and fire `timeline-select`. */
  chosen(id: string | null, event: TimelineEvent | null): void;
}

/**
 * The chosen event and the roving Tab stop: which event holds focus, opening and closing the
 * detail card with focus moving into it and back to the mark, stepping in time order, and
 * bringing the event concerned into view. It has no lifecycle of its own: the element calls
 * it when `selected` changes and when data arrives.
 */
export class EventSelection {
  /** The event holding the Tab stop by choice (focus landed on it); -1 until then. */
  private focusIndex = -1;
  private announced: string | null = null;

  constructor(
    private readonly host: SelectionHost,
    private readonly context: SelectionContext,
  ) {}

  get selectedIndex(): number {
    const { selected } = this.host;
    return selected ? (this.context.dataset()?.indexById.get(selected) ?? -1) : -1;
  }

  /** The event that holds the Tab stop: the focused one, else the chosen one, else the first shown. */
  get focused(): number {
    if (this.focusIndex >= 0) return this.focusIndex;
    if (this.selectedIndex >= 0) return this.selectedIndex;
    const events = this.context.dataset()?.events ?? [];
    const view = this.context.view();
    // Read on every frame, so a binary search rather than a walk through the events.
    const firstShown = view ? firstEventFrom(events, view.start) : 0;
    return Math.min(firstShown, Math.max(0, events.length - 1));
  }

  /** A new dataset: nothing is focused or announced yet. */
  reset(): void {
    this.focusIndex = -1;
    this.announced = null;
  }

  /** Focus landed on a mark, however it got there: the Tab stop follows it. */
  focusedOn(index: number): void {
    if (index === this.focusIndex) return;
    this.focusIndex = index;
    this.host.requestUpdate();
  }

  /** `selected` changed (or data arrived): announce it once and bring the event into view. */
  sync(): void {
    const dataset = this.context.dataset();
    if (!dataset) return;
    const index = this.selectedIndex;
    if (this.host.selected && index < 0) {
      warn(`no event has the id "${this.host.selected}".`);
      this.host.selected = null;
    }
    const id = this.host.selected;
    if (id === this.announced) return;
    this.announced = id;
    const event = index >= 0 ? dataset.events[index]! : null;
    if (event) {
      this.focusIndex = index;
      if (!this.context.reveal?.(event)) this.bringIntoView(event);
    }
    this.context.chosen(id, event);
  }

  /** Chooses the event `delta` places away in time order, stopping at the ends. */
  step(delta: number): void {
    const events = this.context.dataset()?.events;
    if (!events?.length) return;
    const from = this.selectedIndex >= 0 ? this.selectedIndex : delta > 0 ? -1 : events.length;
    this.host.selected = events[Math.min(events.length - 1, Math.max(0, from + delta))]!.id;
  }

  /** Moves the Tab stop and focus to an event, bringing it into view. */
  moveFocus(index: number): void {
    const event = this.context.dataset()?.events[index];
    if (!event) return;
    this.focusedOn(index);
    this.bringIntoView(event);
    void this.focusElement(`[data-index="${index}"]`);
  }

  /** Chooses an event and moves focus into its card. */
  open(index: number): void {
    const event = this.context.dataset()?.events[index];
    if (!event) return;
    this.focusedOn(index);
    this.host.selected = event.id;
    void this.focusElement('.detail');
  }

  /** Closes the card and returns focus to the event's mark; false when none was open. */
  close(): boolean {
    const index = this.selectedIndex;
    if (index < 0) return false;
    this.host.selected = null;
    this.moveFocus(index);
    return true;
  }

  private bringIntoView(event: TimelineEvent): void {
    const view = this.context.view();
    if (!view) return;
    const shown =
      event.end === undefined
        ? view.contains(event.start)
        : event.start <= view.end && event.end >= view.start;
    if (!shown) this.context.show(view.centredOn(event.start));
  }

  private async focusElement(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
