import type * as CsvModule from './csv.js';
import type { Dataset } from './model.js';
import { normaliseDataset, normaliseInSlices, pause } from './normalise.js';
import { DatasetError } from './problems.js';
import type * as TimelineJsModule from './timelinejs.js';
import { isTimelineJs } from './timelinejs-detect.js';

/**
 * Loads a CSV dataset. Unlike JSON, a bad row does not reject the file: a row with a missing
 * or bad date, an unknown category or any other fault of its own is skipped and reported
 * (row, column and why) in the dataset's notices, and the other rows load.
 */
export function csvDataset(csv: typeof CsvModule, text: string): Dataset {
  const read = csv.readCsv(text);
  const { dataset, skipped } = csv.normaliseSkipping(read.raw, normaliseDataset);
  return skipped.length ? { ...dataset, notices: csv.csvNotices(read, skipped) } : dataset;
}

/**
 * Loads a TimelineJS file: converted, then checked like any JSON dataset (all or nothing);
 * what it holds that we do not show becomes the dataset's notices.
 */
export function timelineJsDataset(tljs: typeof TimelineJsModule, raw: unknown): Dataset {
  const { dataset, problems } = tljs.fromTimelineJs(raw as Record<string, unknown>);
  const fatal = problems.filter((p) => p.code === 'displayDateOnly' || p.code === 'notDate');
  if (fatal.length) throw new DatasetError([fatal[0]!, ...fatal.slice(1)]);
  return normaliseDataset(
    dataset,
    problems.map((problem) => ({ kind: 'unsupported', problem })),
  );
}

/**
 * Turns a parsed JSON value into a Dataset: ours as it is (synchronously), a TimelineJS file
 * converted first. The converter and the CSV reader are loaded only for the files that need
 * them, so a page showing our own JSON does not pay for them.
 */
export function datasetFromJson(raw: unknown): Dataset | Promise<Dataset> {
  if (!isTimelineJs(raw)) return normaliseDataset(raw);
  return chunk(() => import('./timelinejs.js'), '').then((tljs) => timelineJsDataset(tljs, raw));
}

/** A lazy reader that cannot be fetched is, for the reader, a network failure. */
async function chunk<T>(load: () => Promise<T>, url: string): Promise<T> {
  try {
    return await load();
  } catch {
    throw new DatasetError([{ code: 'network', url }]);
  }
}

/**
 * Reads a dataset file's text, CSV or JSON (ours or TimelineJS). With a signal, the work
 * pauses for the page between parsing and each slice of events, so a large file is read
 * without a long task, and stops when the signal aborts.
 */
export async function datasetFromText(
  text: string,
  format: 'csv' | 'json',
  url = '',
  signal?: AbortSignal,
): Promise<Dataset> {
  if (format === 'csv') {
    const csv = await chunk(() => import('./csv.js'), url);
    try {
      return csvDataset(csv, text);
    } catch (error) {
      // d3-dsv reads any text; only a fault of ours lands here.
      if (error instanceof DatasetError) throw error;
      throw new DatasetError([{ code: 'parse', url, format }]);
    }
  }
  if (signal) {
    // Reading a large body and parsing it are each a task of their own.
    await pause();
    signal.throwIfAborted();
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DatasetError([{ code: 'parse', url, format }]);
  }
  if (!isTimelineJs(raw)) return signal ? normaliseInSlices(raw, signal) : normaliseDataset(raw);
  return timelineJsDataset(await chunk(() => import('./timelinejs.js'), url), raw);
}
