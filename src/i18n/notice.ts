import type { Notice } from '../data/model.js';
import { describeProblem } from './format.js';
import type { Messages } from './messages.js';

/** A notice (a skipped CSV row, something of a TimelineJS file not shown) as one sentence. */
export function describeNotice(m: Messages, notice: Notice): string {
  if (notice.kind === 'unsupported') return describeProblem(m, notice.problem);
  // A spreadsheet's author finds a cell by row and column, not by a path into the JSON form.
  const { problem, row, column, field, firstRow = 0 } = notice;
  const own = 'path' in problem ? problem.path : undefined;
  const text = describeProblem(m, problem, (path) =>
    path === own ? m.cell(row, column, field) : m.row(firstRow),
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}
