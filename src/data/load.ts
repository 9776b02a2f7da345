import type { AddressedMedia, Dataset, TimelineEvent } from './model.js';
import { DatasetError } from './problems.js';
import { datasetFromText } from './read.js';

function isCsv(url: string, contentType: string | null): boolean {
  return /\bcsv\b/i.test(contentType ?? '') || /\.csv(?:[?#]|$)/i.test(url);
}

/** A Google Sheets page is HTML behind a login, not data: TimelineJS users meet this first. */
const GOOGLE_SHEET = /^https?:\/\/docs\.google\.com\/spreadsheets\//i;

/** Images are written relative to the dataset file, not to the page that shows it. */
function resolveMedia(dataset: Dataset, url: string): Dataset {
  const relative = (e: TimelineEvent) =>
    e.media?.kind !== 'quote' && !!e.media?.src && !/^https?:/i.test(e.media.src);
  if (!dataset.events.some(relative)) return dataset;
  const base = new URL(url, document.baseURI);
  // A blob: or data: address has no folder to be relative to: the page's own address serves.
  const resolve = (src: string) => {
    try {
      return new URL(src, base).href;
    } catch {
      return new URL(src, document.baseURI).href;
    }
  };
  const events = dataset.events.map((e) =>
    relative(e)
      ? { ...e, media: { ...e.media!, src: resolve((e.media as AddressedMedia).src) } }
      : e,
  );
  return { ...dataset, events };
}

/** A dataset as it arrived, before it is read. */
export interface DatasetText {
  readonly body: string;
  readonly contentType: string | null;
}

/**
 * Fetches a dataset's text. Rejects with a DatasetError for every failure the reader should
 * see, and with the AbortError when `signal` aborts.
 */
export async function fetchDatasetText(url: string, signal: AbortSignal): Promise<DatasetText> {
  if (GOOGLE_SHEET.test(url) && !/[?&](?:output|format)=csv\b/.test(url)) {
    throw new DatasetError([{ code: 'googleSheet', url }]);
  }
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DatasetError([{ code: 'network', url }]);
  }
  if (!response.ok) throw new DatasetError([{ code: 'http', url, status: response.status }]);
  try {
    return { body: await response.text(), contentType: response.headers.get('content-type') };
  } catch (error) {
    // The connection broke while the body was arriving.
    if (signal.aborted) throw error;
    throw new DatasetError([{ code: 'network', url }]);
  }
}

/** Reads a dataset's text (JSON, CSV or TimelineJS) and normalises it. */
export async function readDatasetText(
  url: string,
  { body, contentType }: DatasetText,
  signal?: AbortSignal,
): Promise<Dataset> {
  const format = isCsv(url, contentType) ? 'csv' : 'json';
  const dataset = await datasetFromText(body, format, url, signal);
  // A reader fetched meanwhile may have let an abort pass unseen.
  if (signal?.aborted) throw signal.reason;
  return resolveMedia(dataset, url);
}

/** Fetches a dataset and normalises it; rejects as `fetchDatasetText` and `readDatasetText` do. */
export async function loadDataset(url: string, signal: AbortSignal): Promise<Dataset> {
  return readDatasetText(url, await fetchDatasetText(url, signal), signal);
}
