import { type Precision, endOfPeriod, parsePartialDate } from './dates.js';
import type { Category, Dataset, LocalizedText, Source, TimelineEvent } from './model.js';
import { DatasetError, type Problem } from './problems.js';
import type { DatasetInput, LocalizedTextInput, SourceInput } from './schema.js';
import { validateDataset } from './schema.js';

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;
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

/** Events handled between two points where the work may pause: a few milliseconds' worth. */
const SLICE = 5000;

/**
 * Turns raw JSON into a Dataset: checks the shape, then what a schema cannot say (dates in
 * order, ids unique, categories known), parses dates and sorts events by time.
 * Throws a DatasetError listing every problem.
 */
export function normaliseDataset(input: unknown): Dataset {
  const job = normalise(input);
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, pausing for the page at every slice of events, so 100,000 of them are read
 * without a long task. Stops with the signal's reason when it aborts.
 */
export async function normaliseInSlices(input: unknown, signal: AbortSignal): Promise<Dataset> {
  const job = normalise(input);
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve));
    signal.throwIfAborted();
  }
}

/**
 * The work of normalising, as a generator that yields where it may pause. Events are checked
 * a slice at a time, with each problem's path counted from the first event as in one pass.
 */
function* normalise(input: unknown): Generator<void, Dataset> {
  const events = (input as { events?: unknown } | null)?.events;
  const all = !Array.isArray(events);
  const head = validateDataset(all ? input : { ...(input as object), events: [] });
  const problems: Problem[] = head.ok ? [] : head.problems;
  const checked: DatasetInput['events'] = [];
  for (let from = 0; !all && from < events.length; from += SLICE) {
    if (from) yield;
    const slice = validateDataset({ events: events.slice(from, from + SLICE) });
    if (slice.ok) checked.push(...slice.value.events);
    // Problems of an event all have a path: `events[2].start` in the slice is events[from + 2].
    else
      for (const p of slice.problems as (Problem & { path: string })[]) {
        const path = p.path.replace(/^events\[(\d+)\]/, (_, i: string) => `events[${from + +i}]`);
        problems.push({ ...p, path } as Problem);
      }
  }
  const [first, ...rest] = problems;
  if (first || !head.ok) throw new DatasetError([first!, ...rest]);
  yield;
  return yield* build({ ...head.value, events: checked });
}

function* build(input: DatasetInput): Generator<void, Dataset> {
  const problems: Problem[] = [];
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
  const count = input.events.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count).fill(NaN);
  const startPrecisions: Precision[] = new Array(count);
  const endPrecisions: (Precision | undefined)[] = new Array(count);
  let sorted = true;
  for (let i = 0; i < count; i++) {
    if (i && !(i % SLICE)) yield;
    const e = input.events[i]!;
    // The schema already proved both dates parse.
    const start = parsePartialDate(e.start)!;
    starts[i] = start.time;
    startPrecisions[i] = start.precision;
    if (i > 0 && starts[i - 1]! > start.time) sorted = false;
    if (e.end !== undefined) {
      const end = parsePartialDate(e.end)!;
      ends[i] = endOfPeriod(end);
      endPrecisions[i] = end.precision;
      // "2017-05" to "2017" is fine: an end lasts until its period is over.
      if (ends[i]! < start.time) {
        problems.push({
          code: 'endBeforeStart',
          path: `events[${i}].end`,
          start: e.start,
          end: e.end,
        });
      }
    }
    const first = firstById.get(e.id);
    if (first === undefined) firstById.set(e.id, i);
    else {
      const firstPath = `events[${first}]`;
      problems.push({ code: 'duplicateId', path: `events[${i}].id`, id: e.id, firstPath });
    }
    if (e.category !== undefined && !categoryById.has(e.category)) {
      problems.push({
        code: 'unknownCategory',
        path: `events[${i}].category`,
        category: e.category,
      });
    }
  }
  const [first, ...rest] = problems;
  if (first) throw new DatasetError([first, ...rest]);

  // Stable: events on the same date keep the author's order. Most datasets come sorted
  // already, and then the check above is all it costs.
  const order = Array.from({ length: count }, (_, i) => i);
  if (!sorted) order.sort((a, b) => starts[a]! - starts[b]! || a - b);
  yield;
  const events: TimelineEvent[] = [];
  const indexById = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    if (index && !(index % SLICE)) yield;
    const from = order[index]!;
    const e = input.events[from]!;
    const end = ends[from]!;
    indexById.set(e.id, index);
    events.push({
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
    });
  }
  return {
    ...(input.title !== undefined ? { title: text(input.title) } : {}),
    ...(input.description !== undefined ? { description: text(input.description) } : {}),
    categories,
    events,
    indexById,
  };
}
