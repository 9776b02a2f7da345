/**
 * Builds a Dataset from input already known to have the format's shape, and the quick look
 * (shape.ts) that knows it for a well-formed dataset without the schema. Nothing here loads
 * valibot: a page showing good data never does. What is wrong with bad data is worded by the
 * schema, in normalise.ts, which the module loads only then (read.ts).
 */
import {
  type Precision,
  dayOf,
  endOfPeriod,
  parsePartialDate,
  precisionOf,
  timeOfDay,
} from './dates.js';
import type {
  AddressedMedia,
  Category,
  Dataset,
  LocalizedText,
  Media,
  Notice,
  Source,
  TimelineEvent,
} from './model.js';
import { mediaKindOf } from './media-kind.js';
import { DatasetError, type Problem } from './problems.js';
import { SAFE_URL } from './safe-url.js';
import type { DatasetInput, LocalizedTextInput, MediaInput, SourceInput } from './schema.js';
import { hasDatasetShape } from './shape.js';
import { dayOrder, timeOrder } from './time-order.js';

/** A scheme such as `javascript:` or `data:`; an address without one is relative. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const NO_SOURCES: readonly Source[] = Object.freeze([]);

function text(input: LocalizedTextInput): LocalizedText {
  return typeof input === 'string' ? { '*': input } : input;
}

/** Keeps a link only when it is http, https or mailto; the label stays either way. */
function source(input: SourceInput): Source {
  const url = input.url?.trim();
  return url && SAFE_URL.test(url)
    ? { label: text(input.label), url }
    : { label: text(input.label) };
}

/**
 * Keeps media at an http(s) or relative address, or a quote; the kind, when not given, is
 * read from the address.
 */
function media(input: MediaInput | undefined): Media | undefined {
  if (!input) return undefined;
  const words = {
    ...(input.credit !== undefined ? { credit: text(input.credit) } : {}),
    ...(input.caption !== undefined ? { caption: text(input.caption) } : {}),
  };
  if (input.kind === 'quote') return { kind: 'quote', quote: text(input.quote!), ...words };
  // As the URL parser reads it: tabs and newlines anywhere and control characters at the ends
  // are dropped, so `java\tscript:` is javascript: and must be seen as such here.
  const src = input.src!.replace(/[\t\n\r]/g, '').replace(/^[\0- ]+|[\0- ]+$/g, '');
  if (!src || (SCHEME.test(src) && !/^https?:/i.test(src))) return undefined;
  return {
    kind: (input.kind as AddressedMedia['kind'] | undefined) ?? mediaKindOf(src),
    src,
    alt: input.alt === undefined ? {} : text(input.alt),
    ...words,
  };
}

/** Events handled between two points where the work may pause: a few milliseconds' worth. */
export const SLICE = 5000;

/**
 * Lets the page handle input and paint before the work goes on. `scheduler.yield()` resumes
 * ahead of other tasks and without the 4 ms a chain of timeouts is held back by; where it is
 * missing, a timeout.
 */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/** Whether a dataset has more events than one slice: reading it should pause for the page. */
export function isLarge(input: unknown): boolean {
  const events = (input as { events?: unknown } | null)?.events;
  return Array.isArray(events) && events.length > SLICE;
}

/** Runs a job that may pause to its end, without pausing. */
export function finish<T>(job: Generator<void, T>): T {
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs a job to its end, pausing for the page where it may, so 100,000 events are read
 * without a long task. Stops with the signal's reason when it aborts.
 */
export async function finishInSlices<T>(job: Generator<void, T>, signal: AbortSignal): Promise<T> {
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
    await pause();
    signal.throwIfAborted();
  }
}

/**
 * The dataset, when the quick look recognises its shape and every date parses; undefined when
 * only the schema can tell (and word) what is wrong. Throws a DatasetError for what a schema
 * cannot say (dates in order, ids unique, categories known), as the schema's path would.
 */
export function* quickly(
  input: unknown,
  notices: readonly Notice[],
): Generator<void, Dataset | undefined> {
  // Most datasets are well formed: a quick look lets them skip the schema (see shape.ts).
  return hasDatasetShape(input) ? yield* build(input, notices) : undefined;
}

/**
 * Builds the dataset from input of the schema's shape, or returns undefined when a date does
 * not parse (only the quick path lets such a date through, and the schema then words it).
 * Yields every SLICE events, where the work may pause.
 */
export function* build(
  input: DatasetInput,
  notices: readonly Notice[],
): Generator<void, Dataset | undefined> {
  const categories: Category[] = (input.categories ?? []).map((c) => ({
    id: c.id,
    label: text(c.label),
    ...(c.color ? { color: c.color } : {}),
  }));
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  // Where each id first appeared, by position: paths are only written for problems.
  const firstById = new Map<string, number>();

  // First the dates and the checks, in typed arrays; then each event is built once, in time
  // order, with every field present so all events share one shape (faster to read later).
  const dates = yield* readDates(input, categoryById, firstById);
  if (!dates) return undefined;
  // The ids are known unique now: the map of first positions becomes the map of indices.
  const indexById = firstById;
  const events = yield* eventsInOrder(input, dates, categoryById, indexById);
  return {
    ...(input.title !== undefined ? { title: text(input.title) } : {}),
    ...(input.description !== undefined ? { description: text(input.description) } : {}),
    categories,
    events,
    indexById,
    notices,
  };
}

/** Each event's dates, parsed once (ends NaN where there is none). */
interface Dates {
  /** The first day of each start, as dayOf gives it. */
  readonly days: Int32Array;
  readonly ends: Float64Array;
  readonly startPrecisions: Precision[];
  readonly endPrecisions: (Precision | undefined)[];
}

/**
 * Parses the dates and checks the events against each other (ends, ids, categories): throws a
 * DatasetError with every problem, or returns undefined when a date does not parse.
 */
function* readDates(
  input: DatasetInput,
  categoryById: ReadonlyMap<string, Category>,
  firstById: Map<string, number>,
): Generator<void, Dates | undefined> {
  const problems: Problem[] = [];
  const count = input.events.length;
  const days = new Int32Array(count);
  const ends = new Float64Array(count).fill(NaN);
  const startPrecisions: Precision[] = new Array(count);
  const endPrecisions: (Precision | undefined)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    if (i && !(i % SLICE)) yield;
    const e = input.events[i]!;
    const day = dayOf(e.start);
    if (day < 0) return undefined;
    days[i] = day;
    startPrecisions[i] = precisionOf(e.start);
    if (e.end !== undefined) {
      const end = parsePartialDate(e.end);
      if (!end) return undefined;
      ends[i] = endOfPeriod(end);
      endPrecisions[i] = end.precision;
      // "2017-05" to "2017" is fine: an end lasts until its period is over.
      if (ends[i]! < timeOfDay(day)) {
        problems.push({
          code: 'endBeforeStart',
          path: ['events', i, 'end'],
          start: e.start,
          end: e.end,
        });
      }
    }
    const first = firstById.get(e.id);
    if (first === undefined) firstById.set(e.id, i);
    else {
      const firstPath = ['events', first];
      problems.push({ code: 'duplicateId', path: ['events', i, 'id'], id: e.id, firstPath });
    }
    if (e.category !== undefined && !categoryById.has(e.category)) {
      problems.push({
        code: 'unknownCategory',
        path: ['events', i, 'category'],
        category: e.category,
      });
    }
  }
  const [first, ...rest] = problems;
  if (first) throw new DatasetError([first, ...rest]);

  return { days, ends, startPrecisions, endPrecisions };
}

/**
 * Each event's start time, and the events' time order (undefined when they are in order
 * already). They are put in the calendar's order of their days first, which is the order of
 * their times wherever the local clock never skipped or repeated a day; the local times are
 * then read in that order (once a day, and kind to the browser's cache of time-zone offsets),
 * and where a later day did not begin later, the times themselves are sorted.
 */
function* startsInOrder(
  days: Int32Array,
): Generator<void, { starts: Float64Array; order: Int32Array | undefined }> {
  const count = days.length;
  const starts = new Float64Array(count);
  let order = dayOrder(days);
  let day = -1;
  let time = -Infinity;
  let calendar = true;
  for (let n = 0; n < count; n++) {
    if (n && !(n % SLICE)) yield;
    const i = order ? order[n]! : n;
    if (days[i] !== day) {
      const next = timeOfDay((day = days[i]!));
      calendar &&= next > time;
      time = next;
    }
    starts[i] = time;
  }
  if (!calendar) order = timeOrder(starts);
  return { starts, order };
}

/** The events in time order, each built once with every field present. */
function* eventsInOrder(
  input: DatasetInput,
  { days, ends, startPrecisions, endPrecisions }: Dates,
  categoryById: ReadonlyMap<string, Category>,
  indexById: Map<string, number>,
): Generator<void, TimelineEvent[]> {
  const count = input.events.length;
  // Stable: events on the same date keep the author's order.
  const { starts, order } = yield* startsInOrder(days);
  const events: TimelineEvent[] = new Array(count);
  for (let index = 0; index < count; index++) {
    if (index && !(index % SLICE)) yield;
    const from = order ? order[index]! : index;
    const e = input.events[from]!;
    const end = ends[from]!;
    events[index] = {
      id: e.id,
      index,
      start: starts[from]!,
      startPrecision: startPrecisions[from]!,
      end: Number.isNaN(end) ? undefined : end,
      endPrecision: endPrecisions[from],
      circa: e.circa ?? false,
      title: text(e.title),
      description: e.description === undefined ? undefined : text(e.description),
      category: e.category === undefined ? undefined : categoryById.get(e.category),
      sources: e.sources ? e.sources.map(source) : NO_SOURCES,
      media: media(e.media),
    };
    if (order) indexById.set(e.id, index);
  }
  return events;
}
