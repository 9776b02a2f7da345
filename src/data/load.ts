import type { Dataset } from './model.js';
import { normaliseInSlices, pause } from './normalise.js';
import { DatasetError } from './problems.js';

function isCsv(url: string, contentType: string | null): boolean {
  return /\bcsv\b/i.test(contentType ?? '') || /\.csv(?:[?#]|$)/i.test(url);
}

/**
 * Fetches a dataset (JSON or CSV, by content type or file name) and normalises it.
 * Rejects with a DatasetError for every failure the reader should see, and with the
 * AbortError when `signal` aborts.
 */
export async function loadDataset(url: string, signal: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DatasetError([{ code: 'network', url }]);
  }
  if (!response.ok) throw new DatasetError([{ code: 'http', url, status: response.status }]);
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    // The connection broke while the body was arriving.
    if (signal.aborted) throw error;
    throw new DatasetError([{ code: 'network', url }]);
  }
  // Reading a large body and parsing it are each a task of their own.
  await pause();
  signal.throwIfAborted();
  const csv = isCsv(url, response.headers.get('content-type'));
  // The CSV reader (d3-dsv) is loaded only for a CSV dataset: most pages never need it.
  let csvToDataset: ((text: string) => unknown) | undefined;
  if (csv) {
    try {
      ({ csvToDataset } = await import('./csv.js'));
    } catch {
      throw new DatasetError([{ code: 'network', url }]);
    }
    if (signal.aborted) throw signal.reason;
  }
  let raw: unknown;
  try {
    raw = csvToDataset ? csvToDataset(body) : JSON.parse(body);
  } catch {
    throw new DatasetError([{ code: 'parse', url, format: csv ? 'csv' : 'json' }]);
  }
  return normaliseInSlices(raw, signal);
}
