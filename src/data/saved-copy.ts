import { kioskClock } from '../scheduler.js';
import { type DatasetText, fetchDatasetText, readDatasetText } from './load.js';
import type { Dataset } from './model.js';

/** How long a kiosk showing its saved copy waits before asking the source again. */
export const RETRY_MS = 5 * 60 * 1000;

const PREFIX = 'diplomacy-timeline:copy:';

interface SavedCopy extends DatasetText {
  readonly savedAt: number;
}

/** Storage may be missing, full or forbidden (private windows, sandboxed frames): never fatal. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function keyFor(url: string): string {
  return PREFIX + new URL(url, document.baseURI).href;
}

function save(url: string, text: DatasetText): void {
  try {
    storage()?.setItem(keyFor(url), JSON.stringify({ ...text, savedAt: Date.now() }));
  } catch {
    // Full storage: the kiosk keeps working, only without a fallback.
  }
}

function read(url: string): SavedCopy | undefined {
  try {
    const stored = storage()?.getItem(keyFor(url));
    const copy: unknown = stored ? JSON.parse(stored) : undefined;
    if (
      typeof copy === 'object' &&
      copy !== null &&
      typeof (copy as SavedCopy).body === 'string' &&
      typeof (copy as SavedCopy).savedAt === 'number'
    ) {
      return copy as SavedCopy;
    }
  } catch {
    // A damaged entry counts as none.
  }
  return undefined;
}

/** A loaded dataset; `savedAt` is set when it is the stored copy because the source failed. */
export interface KeptDataset {
  readonly dataset: Dataset;
  readonly savedAt?: number;
}

/**
 * Loads a dataset and keeps its text in localStorage (keyed by its URL) once it reads well.
 * When a later load fails, for whatever reason, the last good copy is given instead, so a
 * kiosk left alone shows what it showed yesterday rather than an error; the source is then
 * asked again every RETRY_MS until it answers, and `fresh` gets what it sends. Aborting
 * `signal` stops the retries. Without a copy the failure stands.
 */
export async function loadKeepingCopy(
  url: string,
  signal: AbortSignal,
  fresh: (kept: KeptDataset) => void,
): Promise<KeptDataset> {
  try {
    return { dataset: await fetchAndSave(url, signal) };
  } catch (error) {
    if (signal.aborted) throw error;
    const copy = read(url);
    if (!copy) throw error;
    const dataset = await readDatasetText(url, copy, signal);
    retryLater(url, signal, fresh);
    return { dataset, savedAt: copy.savedAt };
  }
}

async function fetchAndSave(url: string, signal: AbortSignal): Promise<Dataset> {
  const text = await fetchDatasetText(url, signal);
  const dataset = await readDatasetText(url, text, signal);
  save(url, text);
  return dataset;
}

function retryLater(url: string, signal: AbortSignal, fresh: (kept: KeptDataset) => void): void {
  const clock = kioskClock.scheduler;
  const timer = clock.setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    fetchAndSave(url, signal).then(
      (dataset) => fresh({ dataset }),
      () => {
        if (!signal.aborted) retryLater(url, signal, fresh);
      },
    );
  }, RETRY_MS);
  const cancel = () => clock.clearTimeout(timer);
  signal.addEventListener('abort', cancel, { once: true });
}
