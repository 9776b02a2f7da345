import { endOfPeriod, parsePartialDate } from './dates.js';
import type { Category } from './model.js';
import type { Problem } from './problems.js';
import type { DatasetInput } from './schema.js';

/**
 * Every problem of events whose dates all parse, in the order of the events (ends before
 * their starts, ids used twice, categories not defined): build.ts finds that there is one
 * with as little work as it can, this says which, with paths into the events as written.
 */
export function problemsOf(
  input: DatasetInput,
  categoryById: ReadonlyMap<string, Category>,
): [Problem, ...Problem[]] {
  const problems: Problem[] = [];
  // Where each id first appeared, by position.
  const firstById = new Map<string, number>();
  input.events.forEach((e, i) => {
    if (
      e.end !== undefined &&
      endOfPeriod(parsePartialDate(e.end)!) < parsePartialDate(e.start)!.time
    ) {
      problems.push({
        code: 'endBeforeStart',
        path: ['events', i, 'end'],
        start: e.start,
        end: e.end,
      });
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
  });
  return problems as [Problem, ...Problem[]];
}
