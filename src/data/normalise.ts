import { endOfPeriod, parsePartialDate } from './dates.js';
import type { Category, Dataset, LocalizedText, Source, TimelineEvent } from './model.js';
import { DatasetError, type Problem } from './problems.js';
import type { DatasetInput, LocalizedTextInput, SourceInput } from './schema.js';
import { validateDataset } from './schema.js';

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

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
 * Turns raw JSON into a Dataset: checks the shape, then what a schema cannot say (dates in
 * order, ids unique, categories known), parses dates and sorts events by time.
 * Throws a DatasetError listing every problem.
 */
export function normaliseDataset(input: unknown): Dataset {
  const checked = validateDataset(input);
  if (!checked.ok) throw new DatasetError(checked.problems);
  return build(checked.value);
}

function build(input: DatasetInput): Dataset {
  const problems: Problem[] = [];
  const categories: Category[] = (input.categories ?? []).map((c) => ({
    id: c.id,
    label: text(c.label),
    ...(c.color ? { color: c.color } : {}),
  }));
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const firstPathById = new Map<string, string>();

  const unsorted: Omit<TimelineEvent, 'index'>[] = [];
  input.events.forEach((e, i) => {
    const path = `events[${i}]`;
    // The schema already proved both dates parse.
    const start = parsePartialDate(e.start)!;
    const end = e.end === undefined ? undefined : parsePartialDate(e.end)!;
    // "2017-05" to "2017" is fine: an end lasts until its period is over.
    if (end && endOfPeriod(end) < start.time) {
      problems.push({ code: 'endBeforeStart', path: `${path}.end`, start: e.start, end: e.end! });
    }
    const firstPath = firstPathById.get(e.id);
    if (firstPath) problems.push({ code: 'duplicateId', path: `${path}.id`, id: e.id, firstPath });
    else firstPathById.set(e.id, path);
    const category = e.category === undefined ? undefined : categoryById.get(e.category);
    if (e.category !== undefined && !category) {
      problems.push({ code: 'unknownCategory', path: `${path}.category`, category: e.category });
    }
    unsorted.push({
      id: e.id,
      start: start.time,
      startPrecision: start.precision,
      ...(end ? { end: endOfPeriod(end), endPrecision: end.precision } : {}),
      circa: e.circa ?? false,
      title: text(e.title),
      ...(e.description !== undefined ? { description: text(e.description) } : {}),
      ...(category ? { category } : {}),
      sources: (e.sources ?? []).map(source),
    });
  });
  const [first, ...rest] = problems;
  if (first) throw new DatasetError([first, ...rest]);

  // Stable sort: events on the same date keep the author's order.
  const order = unsorted.map((_, i) => i);
  order.sort((a, b) => unsorted[a]!.start - unsorted[b]!.start || a - b);
  const events = order.map((from, index): TimelineEvent => ({ ...unsorted[from]!, index }));
  return {
    ...(input.title !== undefined ? { title: text(input.title) } : {}),
    ...(input.description !== undefined ? { description: text(input.description) } : {}),
    categories,
    events,
    indexById: new Map(events.map((e) => [e.id, e.index])),
  };
}
