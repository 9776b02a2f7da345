import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDataset } from '../data/load.js';
import type { Dataset } from '../data/model.js';
import { isLarge } from '../data/build.js';
import { DatasetError, type Problem } from '../data/problems.js';
import { datasetFromJson, datasetInSlices } from '../data/read.js';
import { isTimelineJs } from '../data/timelinejs-detect.js';

export type DatasetState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly dataset: Dataset;
      /** Set when the source failed and this is the copy saved then (epoch ms). */
      readonly savedAt?: number;
    }
  | { readonly status: 'error'; readonly problems: readonly [Problem, ...Problem[]] };

/** A dataset ready to show; `savedAt` when it is a kiosk's saved copy. */
type Kept = { readonly dataset: Dataset; readonly savedAt?: number };

/**
 * A dataset written inside the element (data/inline.ts): JSON in a `<script
 * type="application/json">`, or a list. Loose on purpose, to spare the module bytes: the reader
 * looks closer, and finds an empty dataset in anything else.
 */
const INLINE = '[type$=json],ol';

/** How long a source may take to answer, in seconds, unless the page says otherwise. */
export const DEFAULT_TIMEOUT = 15;

/**
 * Loads the dataset from `src` or takes it from the `data` property. A new source aborts the
 * fetch in flight, and only the latest request may settle the state, whatever order the
 * responses come back in. A source that has not answered within the timeout is aborted and
 * reported, so a reader is never left with "Loading…" and can try again. When `keepCopies`
 * says so (a kiosk), a source that fails falls back to the last good copy
 * (data/saved-copy.ts, loaded only then) and is asked again later. With neither `src` nor
 * `data`, a dataset written inside the element is read (data/inline.ts, loaded only then).
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'idle' };
  private abort?: AbortController;
  private timer = 0;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settled: (state: DatasetState) => void,
    private readonly keepCopies: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  /**
   * Loads `src` (a URL) when given, else reads `data` (a DatasetError is shown as the error);
   * `timeout` is in seconds.
   */
  load(src: string | undefined, data: unknown, timeout = DEFAULT_TIMEOUT): void {
    this.stop();
    const generation = ++this.generation;
    // A large dataset of ours given as `data` is read in slices too, like one fetched from `src`.
    const sliced = !src && isLarge(data) && !isTimelineJs(data);
    if (data !== undefined && !src && !sliced) {
      this.readGiven(generation, data);
      return;
    }
    const host = this.host as unknown as Element;
    const inline = !src && data === undefined && host.querySelector(INLINE);
    if (!src && !sliced && !inline) {
      this.idle(generation, data, timeout);
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
    // A kiosk keeps the last good copy; a fresh dataset after a failure replaces it on screen.
    const fresh = (kept: Kept) => this.settle(generation, () => ({ status: 'ready', ...kept }));
    const read: Promise<Kept> = !src
      ? (inline
          ? import('../data/inline.js').then((m) => datasetFromJson(readInline(m, host)))
          : datasetInSlices(data, abort.signal)
        ).then((dataset) => ({ dataset }))
      : this.keepCopies()
        ? import('../data/saved-copy.js').then((m) => m.loadKeepingCopy(src, abort.signal, fresh))
        : loadDataset(src, abort.signal).then((dataset) => ({ dataset }));
    this.pending(generation, read, abort.signal, () =>
      timedOut ? new DatasetError([{ code: 'timeout', url: src!, seconds }]) : undefined,
    );
  }

  /** A dataset object given as `data`, not one to read in slices. */
  private readGiven(generation: number, data: unknown): void {
    let read: ReturnType<typeof datasetFromJson>;
    try {
      // A DatasetError given as data is shown as it is: embed.html reports a bad query so.
      if (data instanceof DatasetError) throw data;
      read = datasetFromJson(data);
    } catch (error) {
      this.settle(generation, () => {
        throw error;
      });
      return;
    }
    // Our own format settles at once; a TimelineJS object waits for its converter.
    if (!(read instanceof Promise))
      this.settle(generation, () => ({ status: 'ready', dataset: read }));
    else
      this.pending(
        generation,
        read.then((dataset) => ({ dataset })),
      );
  }

  /** Nothing to load (yet). */
  private idle(generation: number, data: unknown, timeout: number): void {
    // Defined before the parser reached its children: they are read once the page is parsed.
    if (data === undefined && document.readyState == 'loading')
      // (It fires once: the listener needs no removing.)
      addEventListener(
        'DOMContentLoaded',
        () => generation == this.generation && this.load(undefined, data, timeout),
      );
    this.state = { status: 'idle' };
    this.host.requestUpdate();
    this.settled(this.state);
  }

  private pending(
    generation: number,
    read: Promise<Kept>,
    signal?: AbortSignal,
    timedOut: () => DatasetError | undefined = () => undefined,
  ): void {
    read.then(
      (kept) => this.settle(generation, () => ({ status: 'ready', ...kept })),
      (error: unknown) => {
        const timeout = timedOut();
        if (signal?.aborted && !timeout) return;
        this.settle(generation, () => {
          throw timeout ?? error;
        });
      },
    );
  }

  /** Aborts the fetch in flight (and a kiosk's retries) and its timer. */
  private stop(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.abort = undefined;
  }

  private settle(generation: number, make: () => DatasetState): void {
    if (generation !== this.generation) return;
    clearTimeout(this.timer);
    try {
      this.state = make();
    } catch (error) {
      if (error instanceof DatasetError) {
        this.state = { status: 'error', problems: error.problems };
      } else {
        // Never into the host page: a failure we did not foresee still ends in the error state.
        console.error('<diplomacy-timeline>:', error);
        this.state = { status: 'error', problems: [{ code: 'notDataset', path: [] }] };
      }
    }
    // A kiosk showing its saved copy keeps asking the source, until a new load or removal
    // aborts that; any other load is over.
    if (!(this.state.status === 'ready' && this.state.savedAt !== undefined))
      this.abort = undefined;
    this.host.requestUpdate();
    this.settled(this.state);
  }

  hostDisconnected(): void {
    // A fetch left running would land in an element that is gone; a reconnect reloads.
    if (this.abort) {
      this.stop();
      this.generation++;
      this.state = { status: 'idle' };
    }
  }
}

/** The dataset written inside the element; text that is not JSON fails as a parse error. */
function readInline(inline: typeof import('../data/inline.js'), host: Element): unknown {
  try {
    return inline.readInline(host);
  } catch {
    const url = '<script type="application/json">';
    throw new DatasetError([{ code: 'parse', url, format: 'json' }]);
  }
}
