/**
 * Builds a Dataset from input already known to have the format's shape, and the quick look
 * (shape.ts) that knows it for a well-formed dataset without the schema. Nothing here loads
 * valibot: a page showing good data never does. What is wrong with bad data is worded by the
 * schema, in normalise.ts, which the module loads only then (read.ts).
 */
import { dayOf, endOfPeriod, parsePartialDate, precisionOf, timeOfDay } from './dates.js';
import { problemsOf } from './consistency.js';
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
import { DatasetError } from './problems.js';
import { SAFE_URL } from './safe-url.js';
import type { DatasetInput, LocalizedTextInput, MediaInput, SourceInput } from './schema.js';
import { hasHeadShape, isEvent } from './shape.js';
import { timeOrder } from './time-order.js';

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
  return hasHeadShape(input) ? yield* build(input, notices, true) : undefined;
}

/**
 * Builds the dataset from input of the schema's shape, or returns undefined when a date does
 * not parse (only the quick path lets such a date through, and the schema then words it) or,
 * with `checkEvents`, when an event has not the shape the quick look knows (shape.ts): the
 * events are looked at in the same pass that reads their dates. Yields every SLICE events,
 * where the work may pause.
 */
export function* build(
  input: DatasetInput,
  notices: readonly Notice[],
  checkEvents = false,
): Generator<void, Dataset | undefined> {
  const categories: Category[] = (input.categories ?? []).map((c) => ({
    id: c.id,
    label: text(c.label),
    ...(c.color ? { color: c.color } : {}),
  }));
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  // First the dates and the checks, in typed arrays; then each event is built once, in time
  // order, with every field present so all events share one shape (faster to read later).
  const dates = yield* readDates(input, categoryById, checkEvents);
  if (!dates) return undefined;
  let built = yield* eventsInOrder(input, dates, categoryById);
  if (!built) {
    byTime(dates);
    built = (yield* eventsInOrder(input, dates, categoryById))!;
  }
  return {
    ...(input.title !== undefined ? { title: text(input.title) } : {}),
    ...(input.description !== undefined ? { description: text(input.description) } : {}),
    categories,
    events: built.events,
    indexById: built.indexById,
    notices,
  };
}

/**
 * The events' order and end times. Each event's key is its first day (dayOf) × count + its
 * position: exact in a double, all different, and once sorted (natively: plain numbers, no
 * comparator to call 130,000 times in code not yet optimised) the calendar's order of the
 * events, equal days keeping the author's order.
 */
interface Dates {
  readonly keys: Float64Array;
  /** Whether the keys are in time order yet; false when byTime had to order them. */
  calendar: boolean;
  /** Ends, by position (NaN where there is none). */
  readonly ends: Float64Array;
}

/**
 * Parses the dates and checks the events against each other (ends, categories; ids as the
 * events are built): throws a DatasetError with every problem, or returns undefined when a
 * date does not parse or, with `checkEvents`, an event has not the quick look's shape.
 */
function* readDates(
  input: DatasetInput,
  categoryById: ReadonlyMap<string, Category>,
  checkEvents: boolean,
): Generator<void, Dates | undefined> {
  const count = input.events.length;
  const keys = new Float64Array(count);
  const ends = new Float64Array(count).fill(NaN);
  let faulty = false;
  let inOrder = true;
  for (let i = 0; i < count; i++) {
    if (i && !(i % SLICE)) yield;
    const e = input.events[i]!;
    if (checkEvents && !isEvent(e)) return undefined;
    const day = dayOf(e.start);
    if (day < 0) return undefined;
    keys[i] = day * count + i;
    inOrder &&= !i || keys[i - 1]! <= keys[i]!;
    if (e.end !== undefined) {
      const end = parsePartialDate(e.end);
      if (!end) return undefined;
      ends[i] = endOfPeriod(end);
      // "2017-05" to "2017" is fine: an end lasts until its period is over.
      faulty ||= ends[i]! < timeOfDay(day);
    }
    faulty ||= e.category !== undefined && !categoryById.has(e.category);
  }
  if (faulty) throw new DatasetError(problemsOf(input, categoryById));
  if (!inOrder) keys.sort();
  return { keys, calendar: true, ends };
}

/**
 * Where a local clock skipped or repeated a day, the calendar's order of days is not the
 * order of their times: the times themselves are sorted (stably), and the keys rewritten to
 * that order.
 */
function byTime(dates: Dates): void {
  const { keys } = dates;
  const count = keys.length;
  const days = new Float64Array(count);
  const starts = new Float64Array(count);
  for (const key of keys) {
    const from = key % count;
    starts[from] = timeOfDay((days[from] = (key - from) / count));
  }
  const order = timeOrder(starts);
  for (let n = 0; n < count; n++) {
    const from = order ? order[n]! : n;
    keys[n] = days[from]! * count + from;
  }
  dates.calendar = false;
}

/**
 * The events in time order, each built once with every field present, and the map of their
 * indices by id; undefined when the local times of the calendar's order are not in order
 * (byTime then orders them). Throws the dataset's problems when an id is used twice.
 */
function* eventsInOrder(
  input: DatasetInput,
  { keys, calendar, ends }: Dates,
  categoryById: ReadonlyMap<string, Category>,
): Generator<void, { events: TimelineEvent[]; indexById: Map<string, number> } | undefined> {
  const count = keys.length;
  const events: TimelineEvent[] = new Array(count);
  const indexById = new Map<string, number>();
  let day = -1;
  let start = -Infinity;
  for (let index = 0; index < count; index++) {
    if (index && !(index % SLICE)) yield;
    const key = keys[index]!;
    const from = key % count;
    if ((key - from) / count !== day) {
      const next = timeOfDay((day = (key - from) / count));
      // Each day's local time is read once, in order (kind to the browser's offset cache).
      if (calendar && !(next > start)) return undefined;
      start = next;
    }
    const e = input.events[from]!;
    const end = ends[from]!;
    events[index] = {
      id: e.id,
      index,
      start,
      startPrecision: precisionOf(e.start),
      end: Number.isNaN(end) ? undefined : end,
      endPrecision: e.end === undefined ? undefined : precisionOf(e.end),
      circa: e.circa ?? false,
      title: text(e.title),
      description: e.description === undefined ? undefined : text(e.description),
      category: e.category === undefined ? undefined : categoryById.get(e.category),
      sources: e.sources ? e.sources.map(source) : NO_SOURCES,
      media: media(e.media),
    };
    // An id used twice does not make the map larger.
    if (indexById.set(e.id, index).size <= index) {
      throw new DatasetError(problemsOf(input, categoryById));
    }
  }
  return { events, indexById };
}
