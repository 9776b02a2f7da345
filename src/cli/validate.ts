/// <reference types="node" />
import * as csv from '../data/csv.js';
import { DatasetError, type Path, type Problem } from '../data/problems.js';
import { normaliseDataset } from '../data/normalise.js';
import { csvDataset, timelineJsDataset } from '../data/read.js';
import * as tljsModule from '../data/timelinejs.js';
import { isTimelineJs } from '../data/timelinejs-detect.js';
import { describeProblem } from '../i18n/format.js';
import { describeNotice } from '../i18n/notice.js';
import type { Messages } from '../i18n/messages.js';
import {
  type Position,
  csvCellOffsets,
  lineColumns,
  offsetOfPath,
  readJsonTree,
} from './positions.js';

/** What `validate` says about one file: lines to print, and how many were problems. */
export interface Report {
  readonly lines: string[];
  readonly problems: number;
  readonly events: number;
}

export function formatFor(name: string): 'csv' | 'json' {
  return /\.(?:csv|tsv|txt)$/i.test(name) ? 'csv' : 'json';
}

/**
 * A path into a converted TimelineJS file, written back into the file as its author wrote
 * it: eras come after the events, and the fields have their TimelineJS names.
 */
function timelineJsKeys(keys: Path, raw: Record<string, unknown>) {
  const [list, i, field, ...rest] = keys;
  if (list !== 'events' || typeof i !== 'number') return keys;
  const v2 = raw.timeline as Record<string, unknown> | undefined;
  if (v2 && Array.isArray(v2.date)) {
    // TimelineJS 2: `timeline.date[i]` and `timeline.era[i]`, with their own field names.
    const dates = v2.date.length;
    const where = i < dates ? ['timeline', 'date', i] : ['timeline', 'era', i - dates];
    const old: Record<string, string> = {
      start: 'startDate',
      end: 'endDate',
      title: 'headline',
      description: 'text',
      category: 'tag',
      media: 'asset',
    };
    if (field === undefined) return where;
    const media = field === 'media' && rest[0] === 'src' ? ['media'] : rest;
    return [...where, old[String(field)] ?? field, ...media];
  }
  const events = Array.isArray(raw.events) ? raw.events.length : 0;
  const where: (string | number)[] = i < events ? ['events', i] : ['eras', i - events];
  const names: Record<string, (string | number)[]> = {
    start: ['start_date'],
    end: ['end_date'],
    title: ['text', 'headline'],
    description: ['text', 'text'],
    category: ['group'],
    id: ['unique_id'],
    media: ['media'],
  };
  if (field === undefined) return where;
  const mapped = names[String(field)] ?? [field];
  return [...where, ...mapped, ...(field === 'media' && rest[0] === 'src' ? ['url'] : rest)];
}

/**
 * Checks a dataset file's text with the widget's own schema and words: every problem as
 * `FILE:LINE:COLUMN  message`. Never throws: whatever the bytes, the answer is a report.
 */
export function validateText(name: string, text: string, m: Messages): Report {
  const body = text.replace(/^\uFEFF/, '');
  const at = lineColumns(body);
  const line = (p: Position, message: string) => `${name}:${p.line}:${p.column}  ${message}`;
  const where: Where = { name, body, m, at, line };
  try {
    return formatFor(name) === 'csv' ? validateCsv(where) : validateJson(where);
  } catch (error) {
    // A fault of ours, not of the file: still a report, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return { lines: [line(at(0), `internal error: ${message}`)], problems: 1, events: 0 };
  }
}

/** The file being checked, and how a problem's offset in it is written. */
interface Where {
  readonly name: string;
  readonly body: string;
  readonly m: Messages;
  at(offset: number): Position;
  line(p: Position, message: string): string;
}

function validateCsv({ body, m, at, line }: Where): Report {
  let dataset;
  try {
    dataset = csvDataset(csv, body, normaliseDataset);
  } catch (error) {
    // A fault of the whole file (a category colour, say) rejects it, as in the widget.
    if (!(error instanceof DatasetError)) throw error;
    const lines = error.problems.map((p) => line(at(0), describeProblem(m, p)));
    return { lines, problems: lines.length, events: 0 };
  }
  const cells = csvCellOffsets(body, csv.delimiterOf(body));
  const lines = dataset.notices.map((n) => {
    const offset =
      n.kind === 'skippedRow' ? (cells[n.row - 1]?.[Math.max(0, n.column - 1)] ?? 0) : 0;
    return line(at(offset), describeNotice(m, n));
  });
  return { lines, problems: lines.length, events: dataset.events.length };
}

function validateJson({ name, body, m, at, line }: Where): Report {
  const read = readJsonTree(body);
  if ('error' in read) {
    const problem: Problem = { code: 'parse', url: name, format: 'json' };
    return {
      lines: [line(at(read.offset), `${describeProblem(m, problem)} (${read.error})`)],
      problems: 1,
      events: 0,
    };
  }
  const raw: unknown = JSON.parse(body);
  const tljs = isTimelineJs(raw);
  const place = (problem: Problem) => {
    if (!('path' in problem)) return at(0);
    const keys = problem.path;
    return at(
      offsetOfPath(read.tree, tljs ? timelineJsKeys(keys, raw as Record<string, unknown>) : keys),
    );
  };
  try {
    const dataset = tljs
      ? timelineJsDataset(tljsModule, raw, normaliseDataset)
      : normaliseDataset(raw);
    // A TimelineJS file's notices say what will not be shown; they are problems to fix.
    const lines = dataset.notices.map((n) =>
      line(n.kind === 'unsupported' ? place(n.problem) : at(0), describeNotice(m, n)),
    );
    return { lines, problems: lines.length, events: dataset.events.length };
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    const lines = error.problems.map((p) => line(place(p), describeProblem(m, p)));
    return { lines, problems: lines.length, events: 0 };
  }
}
