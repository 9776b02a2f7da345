import { SLICE, build, finish, finishInSlices, quickly } from './build.js';
import type { Dataset, Notice } from './model.js';
import { withEventIndex } from './paths.js';
import { DatasetError, type Path, type Problem } from './problems.js';
import type { DatasetInput } from './schema.js';
import { validateDataset } from './schema.js';

/**
 * Turns raw JSON into a Dataset: checks the shape, then what a schema cannot say (dates in
 * order, ids unique, categories known), parses dates and sorts events by time.
 * Throws a DatasetError listing every problem.
 *
 * This module holds the schema (and valibot): the CLI and the lazily loaded readers import it
 * as it is; the widget's module loads it only for a dataset the quick look turns down
 * (read.ts), so a page with good data never pays for it.
 */
export function normaliseDataset(input: unknown, notices: readonly Notice[] = []): Dataset {
  return finish(normalise(input, notices));
}

/**
 * The same, pausing for the page at every slice of events, so 100,000 of them are read
 * without a long task. Stops with the signal's reason when it aborts.
 */
export function normaliseInSlices(input: unknown, signal: AbortSignal): Promise<Dataset> {
  return finishInSlices(normalise(input), signal);
}

/** The work of normalising, as a generator that yields where it may pause. */
function* normalise(input: unknown, notices: readonly Notice[] = []): Generator<void, Dataset> {
  const quick = yield* quickly(input, notices);
  if (quick) return quick;
  // Something is off, or the quick look was unsure: the schema decides, and words it. The
  // events are checked a slice at a time, each problem's path counted as in one pass.
  const events = (input as { events?: unknown } | null)?.events;
  const all = !Array.isArray(events);
  const head = validateDataset(all ? input : { ...(input as object), events: [] });
  const problems: Problem[] = head.ok ? [] : head.problems;
  const checked: DatasetInput['events'] = [];
  for (let from = 0; !all && from < events.length; from += SLICE) {
    yield;
    const slice = validateDataset({ events: events.slice(from, from + SLICE) });
    if (slice.ok) checked.push(...slice.value.events);
    // Problems of an event all have a path: `events[2].start` in the slice is events[from + 2].
    else
      for (const p of slice.problems as (Problem & { path: Path })[]) {
        problems.push({ ...p, path: withEventIndex(p.path, (i) => from + i) } as Problem);
      }
  }
  const [first, ...rest] = problems;
  if (first || !head.ok) throw new DatasetError([first!, ...rest]);
  const dataset = yield* build({ ...head.value, events: checked }, notices);
  // The schema checks every date, so they all parse now.
  if (!dataset) throw new DatasetError([{ code: 'notDataset', path: [] }]);
  return dataset;
}
