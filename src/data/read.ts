import { finish, finishInSlices, pause, quickly } from './build.js';
import type * as CsvModule from './csv.js';
import type { Dataset } from './model.js';
import type * as NormaliseModule from './normalise.js';
import { DatasetError } from './problems.js';
import type * as TimelineJsModule from './timelinejs.js';
import { isTimelineJs } from './timelinejs-detect.js';

/** Turns a dataset's JSON form into a Dataset, or throws a DatasetError: normaliseDataset. */
type Normalise = typeof NormaliseModule.normaliseDataset;

/**
 * Loads a CSV dataset. Unlike JSON, a bad row does not reject the file: a row with a missing
 * or bad date, an unknown category or any other fault of its own is skipped and reported
 * (row, column and why) in the dataset's notices, and the other rows load.
 */
export function csvDataset(
  csv: typeof CsvModule,
  text: string,
  normaliseDataset: Normalise,
): Dataset {
  const read = csv.readCsv(text);
  const { dataset, skipped } = csv.normaliseSkipping(read.raw, normaliseDataset);
  return skipped.length ? { ...dataset, notices: csv.csvNotices(read, skipped) } : dataset;
}

/**
 * Loads a TimelineJS file: converted, then checked like any JSON dataset (all or nothing);
 * what it holds that we do not show becomes the dataset's notices.
 */
export function timelineJsDataset(
  tljs: typeof TimelineJsModule,
  raw: unknown,
  normaliseDataset: Normalise,
): Dataset {
  const { dataset, problems } = tljs.fromTimelineJs(raw as Record<string, unknown>);
  const fatal = problems.filter((p) => p.code === 'displayDateOnly' || p.code === 'notDate');
  if (fatal.length) throw new DatasetError([fatal[0]!, ...fatal.slice(1)]);
  return normaliseDataset(
    dataset,
    problems.map((problem) => ({ kind: 'unsupported', problem })),
  );
}

/** The full normaliser, once a dataset has needed it: from then on it is used at once. */
let schema: typeof NormaliseModule | undefined;

/**
 * Runs `work` with a normaliser that knows only well-formed data (the quick look and the
 * build, no schema): a good dataset is read at once, synchronously. When that normaliser
 * meets what only the schema can word, the schema is loaded (normalise.ts and valibot, a chunk
 * of their own) and `work` runs again with the full normaliser, so the reader gets the same
 * problems, in the same words, as if it had been there from the start.
 */
function withSchema<T>(work: (normalise: Normalise) => T, url: string): T | Promise<T> {
  if (schema) return work(schema.normaliseDataset);
  let needed = false;
  const quick: Normalise = (input, notices = []) => {
    const dataset = finish(quickly(input, notices));
    if (dataset) return dataset;
    needed = true;
    // Only the schema can word what is wrong: this unwinds `work`, and is never shown.
    throw new Error();
  };
  try {
    return work(quick);
  } catch (error) {
    if (!needed) throw error;
  }
  return loadSchema(url).then((loaded) => work(loaded.normaliseDataset));
}

async function loadSchema(url: string): Promise<typeof NormaliseModule> {
  return (schema ??= await chunk(() => import('./normalise.js'), url));
}

/**
 * Our own format, pausing for the page at every slice of events so a large dataset is read
 * without a long task; stops with the signal's reason when it aborts. The schema is loaded
 * only when the quick look turns the dataset down.
 */
export async function datasetInSlices(
  raw: unknown,
  signal: AbortSignal,
  url = '',
): Promise<Dataset> {
  const quick = await finishInSlices(quickly(raw, []), signal);
  if (quick) return quick;
  const { normaliseInSlices } = await loadSchema(url);
  signal.throwIfAborted();
  return normaliseInSlices(raw, signal);
}

/**
 * Turns a parsed JSON value into a Dataset: ours as it is (synchronously when it is well
 * formed), a TimelineJS file converted first. The converter, the CSV reader and the schema are
 * loaded only for the files that need them, so a page showing good JSON of ours does not pay
 * for them.
 */
export function datasetFromJson(raw: unknown, url = ''): Dataset | Promise<Dataset> {
  if (!isTimelineJs(raw)) return withSchema((normalise) => normalise(raw), url);
  return chunk(() => import('./timelinejs.js'), url).then((tljs) =>
    withSchema((normalise) => timelineJsDataset(tljs, raw, normalise), url),
  );
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
    return withSchema((normalise) => {
      try {
        return csvDataset(csv, text, normalise);
      } catch (error) {
        // d3-dsv reads any text; only a fault of ours lands here.
        if (error instanceof DatasetError) throw error;
        throw new DatasetError([{ code: 'parse', url, format }]);
      }
    }, url);
  }
  // Reading a large body, parsing it and reading its events are each a task of their own. A
  // small one (the bundled dataset is 21 kB) is read at once: each pause may let a frame be
  // drawn, and the events then wait for the frame after.
  const large = signal && text.length > 1e5;
  if (large) {
    await pause();
    signal.throwIfAborted();
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DatasetError([{ code: 'parse', url, format }]);
  }
  if (!large || isTimelineJs(raw)) return datasetFromJson(raw, url);
  await pause();
  return datasetInSlices(raw, signal, url);
}
