import type { Dataset } from './model.js';
import { normaliseDataset } from './normalise.js';
import { DatasetError } from './problems.js';

function isCsv(url: string, contentType: string | null): boolean {
  return /\bcsv\b/i.test(contentType ?? '') || /\.csv(?:[?#]|$)/i.test(url);
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

/** Reads a dataset's text (JSON or CSV, by content type or file name) and normalises it. */
export async function readDatasetText(
  url: string,
  { body, contentType }: DatasetText,
  signal?: AbortSignal,
): Promise<Dataset> {
  const csv = isCsv(url, contentType);
  // The CSV reader (d3-dsv) is loaded only for a CSV dataset: most pages never need it.
  let csvToDataset: ((text: string) => unknown) | undefined;
  if (csv) {
    try {
      ({ csvToDataset } = await import('./csv.js'));
    } catch {
      throw new DatasetError([{ code: 'network', url }]);
    }
    if (signal?.aborted) throw signal.reason;
  }
  let raw: unknown;
  try {
    raw = csvToDataset ? csvToDataset(body) : JSON.parse(body);
  } catch {
    throw new DatasetError([{ code: 'parse', url, format: csv ? 'csv' : 'json' }]);
  }
  return normaliseDataset(raw);
}

/** Fetches a dataset and normalises it; rejects as `fetchDatasetText` and `readDatasetText` do. */
export async function loadDataset(url: string, signal: AbortSignal): Promise<Dataset> {
  return readDatasetText(url, await fetchDatasetText(url, signal), signal);
}
