/// <reference types="node" />
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCsv } from '../data/csv.js';
import { datasetToCsv } from '../data/csv-write.js';
import { datasetToList } from '../data/inline-write.js';
import { normaliseDataset } from '../data/normalise.js';
import { eventIndexOf } from '../data/paths.js';
import { normaliseSkipping } from '../data/skipping.js';
import type { DatasetInput } from '../data/schema.js';
import { validateDataset } from '../data/schema.js';
import { fromTimelineJs } from '../data/timelinejs.js';
import { isTimelineJs } from '../data/timelinejs-detect.js';
import { en } from '../i18n/en.js';
import { id } from '../i18n/id.js';
import type { Messages } from '../i18n/messages.js';
import { type Report, formatFor, validateText } from './validate.js';

export { en, validateText, type Report };

const USAGE = `Usage:
  diplomacy-timeline validate FILE...        check datasets (.json, .csv, TimelineJS .json)
  diplomacy-timeline convert IN OUT          convert between .csv and .json (and from TimelineJS)
  diplomacy-timeline html FILE               print the events as the HTML list to put inside
                                             <diplomacy-timeline>, for readers without JavaScript
Options:
  --lang id|en                               the language of the messages (default en)`;

/** What a command prints and its exit code; the caller decides where the text goes. */
export interface Outcome {
  readonly code: number;
  readonly stdout: string[];
  readonly stderr: string[];
}

/** A file's text, or undefined after saying on `stderr` why it cannot be read. */
function readReporting(file: string, stderr: string[]): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    stderr.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
    return undefined;
  }
}

/** A dataset in our JSON form, with the report of what was found in its file. */
type Converted = DatasetInput & { readonly report: Report };

/**
 * The dataset in our JSON form, from any file we read, or the report of what stops it;
 * undefined when the file cannot be read (said on `stderr`).
 */
function readForConvert(
  file: string,
  m: Messages,
  stderr: string[],
): Converted | Report | undefined {
  const text = readReporting(file, stderr);
  if (text === undefined) return undefined;
  const report = validateText(file, text, m);
  if (formatFor(file) === 'csv') {
    // Rows that would be skipped are reported and left out; the rest is converted.
    const { raw } = readCsv(text.replace(/^\uFEFF/, ''));
    const skipped = new Set(
      normaliseSkipping(raw, normaliseDataset).skipped.map((p) =>
        eventIndexOf('path' in p ? p.path : []),
      ),
    );
    const events = raw.events.filter((_, i) => !skipped.has(i));
    const checked = validateDataset({ ...raw, events });
    return checked.ok ? Object.assign(checked.value, { report }) : report;
  }
  if (report.events === 0 && report.problems) return report;
  const raw: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  const ours = isTimelineJs(raw) ? fromTimelineJs(raw as Record<string, unknown>).dataset : raw;
  const checked = validateDataset(ours);
  return checked.ok ? Object.assign(checked.value, { report }) : report;
}

/** Runs the command line `args` (without node and the script); never throws. */
export function run(args: readonly string[]): Outcome {
  const rest = [...args];
  let m: Messages = en;
  const langAt = rest.indexOf('--lang');
  if (langAt >= 0) {
    m = rest[langAt + 1]?.startsWith('id') ? id : en;
    rest.splice(langAt, 2);
  }
  const [command, ...files] = rest;
  if (command === 'validate' && files.length) return runValidate(files, m);
  if (command === 'convert' && files.length === 2) return runConvert(files[0]!, files[1]!, m);
  if (command === 'html' && files.length === 1) return runHtml(files[0]!, m);
  return { code: command === 'help' || command === '--help' ? 0 : 2, stdout: [], stderr: [USAGE] };
}

/** `validate FILE…`: each file's problems, or its count of events. */
function runValidate(files: readonly string[], m: Messages): Outcome {
  const stdout: string[] = [];
  const stderr: string[] = [];
  let problems = 0;
  for (const file of files) {
    const text = readReporting(file, stderr);
    if (text === undefined) {
      problems++;
      continue;
    }
    const report = validateText(file, text, m);
    problems += report.problems;
    if (report.problems) stdout.push(...report.lines);
    else stdout.push(`${file}: ${report.events} events, no problems`);
  }
  return { code: problems ? 1 : 0, stdout, stderr };
}

/**
 * A command that writes FILE's dataset out again: `write` gets the dataset once it reads and
 * returns the exit code. What was found in the file goes to `notes`; a file that cannot be
 * read or converted ends the command with code 1, and `unwritten` (if any) on stderr.
 */
function withDataset(
  file: string,
  m: Messages,
  notes: 'stdout' | 'stderr',
  unwritten: string | undefined,
  write: (dataset: DatasetInput, report: Report, out: Outcome) => number,
): Outcome {
  const out: Outcome = { code: 1, stdout: [], stderr: [] };
  const read = readForConvert(file, m, out.stderr);
  if (!read) return out;
  if ('lines' in read) {
    out[notes].push(...read.lines);
    if (unwritten) out.stderr.push(unwritten);
    return out;
  }
  const { report, ...dataset } = read;
  out[notes].push(...report.lines);
  return { ...out, code: write(dataset, report, out) };
}

/** `convert FROM TO`: the dataset in TO's format (JSON or CSV), with what was left out. */
function runConvert(from: string, to: string, m: Messages): Outcome {
  return withDataset(from, m, 'stdout', `${to} was not written.`, (dataset, report, out) => {
    let text: string;
    if (formatFor(to) === 'csv') {
      const written = datasetToCsv(dataset);
      out.stderr.push(...written.warnings.map((w) => `${to}: ${w}`));
      text = written.csv;
    } else {
      text = JSON.stringify(dataset, null, 2) + '\n';
    }
    writeFileSync(to, text);
    out.stderr.push(`wrote ${to} (${dataset.events.length} events)`);
    return report.problems ? 1 : 0;
  });
}

/** `html FILE`: the events as an HTML list. */
function runHtml(file: string, m: Messages): Outcome {
  // The list goes to stdout alone, so it can be redirected into a page; problems to stderr.
  return withDataset(file, m, 'stderr', undefined, (dataset, _report, out) => {
    out.stdout.push(datasetToList(normaliseDataset(dataset), m));
    return 0;
  });
}

function isMain(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isMain()) {
  const outcome = run(process.argv.slice(2));
  if (outcome.stdout.length) process.stdout.write(outcome.stdout.join('\n') + '\n');
  if (outcome.stderr.length) process.stderr.write(outcome.stderr.join('\n') + '\n');
  process.exitCode = outcome.code;
}
