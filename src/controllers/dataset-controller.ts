import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDataset } from '../data/load.js';
import type { Dataset } from '../data/model.js';
import { isLarge, normaliseDataset, normaliseInSlices } from '../data/normalise.js';
import { DatasetError, type Problem } from '../data/problems.js';

export type DatasetState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly dataset: Dataset }
  | { readonly status: 'error'; readonly problems: readonly [Problem, ...Problem[]] };

/** How long a source may take to answer, in seconds, unless the page says otherwise. */
export const DEFAULT_TIMEOUT = 15;

/**
 * Loads the dataset from `src` or takes it from the `data` property. A new source aborts the
 * fetch in flight, and only the latest request may settle the state, whatever order the
 * responses come back in. A source that has not answered within the timeout is aborted and
 * reported, so a reader is never left with "Loading…" and can try again.
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'idle' };
  private abort?: AbortController;
  private timer = 0;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settled: (state: DatasetState) => void,
  ) {
    host.addController(this);
  }

  /** Loads `src` (a URL) when given, else normalises `data`; `timeout` is in seconds. */
  load(src: string | undefined, data: unknown, timeout = DEFAULT_TIMEOUT): void {
    this.stop();
    const generation = ++this.generation;
    // A large dataset given as `data` is read in slices too, like one fetched from `src`.
    const sliced = !src && isLarge(data);
    if (data !== undefined && !src && !sliced) {
      this.settle(generation, () => ({ status: 'ready', dataset: normaliseDataset(data) }));
      return;
    }
    if (!src && !sliced) {
      this.state = { status: 'idle' };
      this.host.requestUpdate();
      this.settled(this.state);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    const seconds = timeout > 0 && Number.isFinite(timeout) ? timeout : DEFAULT_TIMEOUT;
    let timedOut = false;
    if (src) {
      this.timer = window.setTimeout(() => {
        timedOut = true;
        abort.abort();
      }, seconds * 1000);
    }
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    // The old dataset stops counting now: a select or zoom made meanwhile waits for the new one.
    this.settled(this.state);
    (src ? loadDataset(src, abort.signal) : normaliseInSlices(data, abort.signal)).then(
      (dataset) => this.settle(generation, () => ({ status: 'ready', dataset })),
      (error: unknown) => {
        if (abort.signal.aborted && !timedOut) return;
        this.settle(generation, () => {
          if (timedOut) throw new DatasetError([{ code: 'timeout', url: src!, seconds }]);
          throw error;
        });
      },
    );
  }

  /** Aborts the fetch in flight and its timer. */
  private stop(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.abort = undefined;
  }

  private settle(generation: number, make: () => DatasetState): void {
    if (generation !== this.generation) return;
    clearTimeout(this.timer);
    this.abort = undefined;
    try {
      this.state = make();
    } catch (error) {
      if (error instanceof DatasetError) {
        this.state = { status: 'error', problems: error.problems };
      } else {
        // Never into the host page: a failure we did not foresee still ends in the error state.
        console.error('<diplomacy-timeline>:', error);
        this.state = { status: 'error', problems: [{ code: 'notDataset', path: '' }] };
      }
    }
    this.host.requestUpdate();
    this.settled(this.state);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // A fetch left running would land in an element that is gone; a reconnect reloads.
    if (this.abort) {
      this.stop();
      this.generation++;
      this.state = { status: 'idle' };
    }
  }
}
