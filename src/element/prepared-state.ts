import { readDateInput } from '../data/dates.js';
import { emit } from '../events.js';
import { describeProblem, formatPath } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { type Prepared, prepareDataset } from '../layout/prepared.js';
import type { Sizes } from '../layout/sizes.js';
import { type ViewRange, type WantedRange, homeFor, initialView } from '../layout/view-range.js';
import type { DatasetState } from '../controllers/dataset-controller.js';
import { warn } from '../warn.js';

/** What preparing a dataset needs from the element. */
export interface PreparedContext {
  /** The element: it fires timeline-load and timeline-error. */
  readonly element: HTMLElement & { readonly start?: string; readonly end?: string };
  /** A dataset is prepared and current: the rest of the widget starts afresh from `initial`. */
  arrived(prepared: Prepared, initial: ViewRange): void;
  /** No dataset (loading, or failed): no home view. */
  cleared(): void;
  /** A new start or end moved the home view: show `initial`. */
  rehomed(home: ViewRange, initial: ViewRange): void;
  /** The mode's sizes. */
  sizes(): Sizes;
  /** The messages in the language resolved now. */
  messages(): Messages;
  /** Runs `announce` after the render that shows what it announces. */
  later(announce: () => void): void;
}

/**
 * The loaded dataset and what is derived from it once (its index and home view), kept in step
 * with the loader's state and with the `start` and `end` the page asks for.
 */
export class PreparedState {
  current?: Prepared;

  constructor(private readonly context: PreparedContext) {}

  get hasEvents(): boolean {
    return !!this.current && this.current.dataset.events.length > 0;
  }

  loaded(state: DatasetState): void {
    const { element } = this.context;
    if (state.status === 'ready') {
      const { dataset } = state;
      const prepared = prepareDataset(
        dataset,
        this.wanted(),
        this.context.sizes().metrics.rangeLanes,
      );
      this.current = prepared;
      this.context.arrived(prepared, this.initialView() ?? prepared.home);
      this.context.later(() => emit(element, 'timeline-load', { dataset }));
    } else if (state.status === 'error') {
      this.current = undefined;
      this.context.cleared();
      const [problem] = state.problems;
      const message = describeProblem(this.context.messages(), problem);
      // The event's path is text (`events[3].start`), and left out when the whole file is at fault.
      const path = 'path' in problem && formatPath(problem.path);
      this.context.later(() => emit(element, 'timeline-error', { message, ...(path && { path }) }));
    } else {
      this.current = undefined;
      this.context.cleared();
    }
  }

  /** The bounds take in the range asked for, so a new start/end may widen them. */
  rehome(): void {
    const prepared = this.current;
    if (!prepared) return;
    const home = homeFor(prepared.index.first, prepared.index.last, this.wanted());
    this.current = { ...prepared, home };
    this.context.rehomed(home, initialView(home, this.wanted()));
  }

  /** The range the page asked for with `start` and `end`; a date it cannot read is ignored. */
  wanted(): WantedRange {
    const { start: startText, end: endText } = this.context.element;
    const start = startText ? readDateInput(startText, 'start') : undefined;
    const end = endText ? readDateInput(endText, 'end') : undefined;
    if ((startText && start === undefined) || (endText && end === undefined)) {
      warn('start and end must be ISO dates; showing everything.');
    }
    return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
  }

  initialView(): ViewRange | undefined {
    return this.current && initialView(this.current.home, this.wanted());
  }
}
