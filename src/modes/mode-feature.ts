import type { ReactiveControllerHost } from 'lit';
import type { DatasetState } from '../controllers/dataset-controller.js';
import type { Dataset, TimelineEvent } from '../data/model.js';
import type { Messages } from '../i18n/messages.js';
import type { TimelineMode } from '../layout/modes.js';
import type { Sizes } from '../layout/sizes.js';
import type { ViewRange } from '../layout/view-range.js';
import type { FrameModel } from '../view/frame.js';

/**
 * The element as a mode sees it: its public API. Written out rather than picked from the
 * element's class, which imports the mode controller that loads the modes: an import circle.
 */
export type ModeHost = ReactiveControllerHost &
  HTMLElement & {
    readonly mode: TimelineMode;
    readonly idle?: string;
    readonly pageKeys: string;
    readonly selected: string | null;
    select(id: string | null): void;
    reset(): void;
  };

/** What a mode's behaviour reads of the timeline beyond its public API. */
export interface ModeContext {
  messages(): Messages;
  /** The loaded dataset, if any. */
  dataset(): Dataset | undefined;
  /** The range the zoom is bounded by, once data is loaded. */
  home(): ViewRange | undefined;
  /** Shows a view; with `animate`, eased unless motion is reduced. */
  show(view: ViewRange, animate: boolean): void;
  /** How many lanes of ranges the drawing reserves above its label lanes. */
  rangeLanes(): number;
  /** Where loading stands (a kiosk may be showing its saved copy). */
  state(): DatasetState;
}

/** The events in time order (none while loading), and the chosen one's index or -1. */
export function eventsOf(host: ModeHost, context: ModeContext) {
  const dataset = context.dataset();
  const events = dataset?.events ?? [];
  const chosen = host.selected ? (dataset?.indexById.get(host.selected) ?? -1) : -1;
  return { events, chosen };
}

/**
 * A mode's behaviour (presentation, kiosk), loaded with a dynamic import() only when a
 * timeline uses that mode, so an embedded timeline does not pay for it.
 */
export interface ModeFeature {
  /** Called before each render: start or stop (the mode may have changed), keep state right. */
  sync(): void;
  /** Brings a chosen event into view its own way; false leaves it to the default. */
  reveal(event: TimelineEvent): boolean;
  /** What the mode adds to the frame. */
  views(): Partial<FrameModel>;
  /** The sizes the layout works with in this mode, when they differ from the embed's. */
  sizes?(): Sizes | undefined;
}
