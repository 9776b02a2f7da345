import type { Dataset } from './model.js';
import { eventIndexOf, withEventIndex } from './paths.js';
import type { Path, Problem } from './problems.js';

/** Which event a problem points into, or -1. */
const eventOf = (problem: Problem) => ('path' in problem ? eventIndexOf(problem.path) : -1);

/** Writes a problem's paths against the events as given, not the ones left after skipping. */
function renumber(problem: Problem, kept: readonly number[]): Problem {
  const fix = (path: Path) => withEventIndex(path, (i) => kept[i]);
  if (problem.code === 'duplicateId') {
    return { ...problem, path: fix(problem.path), firstPath: fix(problem.firstPath) };
  }
  return 'path' in problem ? { ...problem, path: fix(problem.path) } : problem;
}

function problemsOf(error: unknown): readonly Problem[] | undefined {
  const problems = (error as { problems?: unknown } | null)?.problems;
  return Array.isArray(problems) && problems.length ? (problems as Problem[]) : undefined;
}

/**
 * Normalises a dataset's JSON form with `normalise` (normaliseDataset, passed in so this
 * module, loaded only for spreadsheets, does not pull the loader into its own chunk); but
 * an event with a fault of its own (a bad date, an unknown category, a missing title…) is
 * left out and its first problem returned, with paths into the input as given. A fault
 * outside the events still rejects the whole file.
 */
export function normaliseSkipping(
  input: { events: readonly unknown[] },
  normalise: (input: unknown) => Dataset,
): { dataset: Dataset; skipped: readonly Problem[] } {
  const skipped = new Map<number, Problem>();
  let kept = input.events.map((_, i) => i);
  // Three rounds at most: the shape, then dates and categories; leaving events out cannot
  // give the others new faults.
  for (let round = 0; ; round++) {
    const current = { ...input, events: kept.map((from) => input.events[from]) };
    try {
      const dataset = normalise(current);
      return { dataset, skipped: [...skipped].sort((a, b) => a[0] - b[0]).map(([, p]) => p) };
    } catch (error) {
      const problems = problemsOf(error);
      if (!problems || round > 2 || problems.some((p) => eventOf(p) < 0)) throw error;
      for (const p of problems) {
        const from = kept[eventOf(p)]!;
        if (!skipped.has(from)) skipped.set(from, renumber(p, kept));
      }
      kept = kept.filter((from) => !skipped.has(from));
    }
  }
}
