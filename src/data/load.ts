import type { Dataset } from './model.js';
import { DatasetError } from './problems.js';
import { datasetFromText } from './read.js';

function isCsv(url: string, contentType: string | null): boolean {
  return /\bcsv\b/i.test(contentType ?? '') || /\.csv(?:[?#]|$)/i.test(url);
}

/** A Google Sheets page is HTML behind a login, not data: TimelineJS users meet this first. */
const GOOGLE_SHEET = /^https?:\/\/docs\.google\.com\/spreadsheets\//i;

/** Images are written relative to the dataset file, not to the page that shows it. */
function resolveMedia(dataset: Dataset, url: string): Dataset {
  if (!dataset.events.some((e) => e.media && !/^https?:/i.test(e.media.src))) return dataset;
  const base = new URL(url, document.baseURI);
  const events = dataset.events.map((e) =>
    e.media ? { ...e, media: { ...e.media, src: new URL(e.media.src, base).href } } : e,
  );
  return { ...dataset, events };
}

/**
 * Fetches a dataset (JSON or CSV, by content type or file name) and normalises it.
 * Rejects with a DatasetError for every failure the reader should see, and with the
 * AbortError when `signal` aborts.
 */
export async function loadDataset(url: string, signal: AbortSignal): Promise<Dataset> {
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
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    // The connection broke while the body was arriving.
    if (signal.aborted) throw error;
    throw new DatasetError([{ code: 'network', url }]);
  }
  const format = isCsv(url, response.headers.get('content-type')) ? 'csv' : 'json';
  const dataset = await datasetFromText(body, format, url);
  // A reader fetched meanwhile may have let an abort pass unseen.
  if (signal.aborted) throw signal.reason;
  return resolveMedia(dataset, url);
}
