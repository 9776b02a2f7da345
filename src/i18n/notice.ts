import type { Notice } from '../data/model.js';
import { describeProblem } from './format.js';
import type { Messages } from './messages.js';

/** A notice (a skipped CSV row, something of a TimelineJS file not shown) as one sentence. */
export function describeNotice(m: Messages, notice: Notice): string {
  if (notice.kind === 'unsupported') return describeProblem(m, notice.problem);
  const p = notice.problem;
  const renamed = p.code === 'duplicateId' ? { ...p, firstPath: m.row(Number(p.firstPath)) } : p;
  const where = m.cell(notice.row, notice.column, notice.field);
  const text = describeProblem(m, 'path' in renamed ? { ...renamed, path: where } : renamed);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
