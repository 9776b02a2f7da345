/**
 * The dataset format, defined once. It gives the TypeScript types (`DatasetInput`), the
 * runtime validation (`validateDataset`) and, through `npm run schema`, `data/schema.json`.
 */
import * as v from 'valibot';
import { DATE_PATTERN, isPartialDate } from './dates.js';
import { MEDIA_KINDS } from './media-kind.js';
import { COLOR, LANGUAGE_KEY } from './patterns.js';
import type { ExpectedKind, Problem } from './problems.js';

const nonEmptyString = v.pipe(v.string(), v.minLength(1));

/** Text in one language for everyone, or keyed by language: `{ "id": "…", "en": "…" }`. */
export const LocalizedTextSchema = v.union([
  nonEmptyString,
  v.record(v.pipe(v.string(), v.regex(LANGUAGE_KEY)), v.string()),
]);

const DateSchema = v.pipe(v.string(), v.regex(new RegExp(DATE_PATTERN)), v.check(isPartialDate));

const SourceSchema = v.object({
  label: LocalizedTextSchema,
  url: v.optional(v.string()),
});

const CategorySchema = v.object({
  id: nonEmptyString,
  label: LocalizedTextSchema,
  color: v.optional(v.pipe(v.string(), v.regex(COLOR))),
});

/**
 * What the detail card shows beside the text: an image (the default), a video or audio
 * player, a link card, or a quotation. `src` is http, https or relative to the dataset; a
 * quote has `quote` instead. Without `kind`, the address decides (see media-kind.ts).
 */
const MediaSchema = v.pipe(
  v.object({
    kind: v.optional(v.picklist(MEDIA_KINDS)),
    src: v.optional(nonEmptyString),
    quote: v.optional(LocalizedTextSchema),
    alt: v.optional(LocalizedTextSchema),
    caption: v.optional(LocalizedTextSchema),
    credit: v.optional(LocalizedTextSchema),
  }),
  v.check((m) => (m.kind === 'quote' ? m.quote : m.src) !== undefined),
);

const EventSchema = v.object({
  id: nonEmptyString,
  start: DateSchema,
  end: v.optional(DateSchema),
  circa: v.optional(v.boolean()),
  title: LocalizedTextSchema,
  description: v.optional(LocalizedTextSchema),
  category: v.optional(nonEmptyString),
  sources: v.optional(v.array(SourceSchema)),
  media: v.optional(MediaSchema),
});

export const DatasetSchema = v.object({
  $schema: v.optional(v.string()),
  title: v.optional(LocalizedTextSchema),
  description: v.optional(LocalizedTextSchema),
  categories: v.optional(v.array(CategorySchema)),
  events: v.array(EventSchema),
});

export type LocalizedTextInput = v.InferOutput<typeof LocalizedTextSchema>;
export type MediaInput = v.InferOutput<typeof MediaSchema>;
export type SourceInput = v.InferOutput<typeof SourceSchema>;
export type CategoryInput = v.InferOutput<typeof CategorySchema>;
export type EventInput = v.InferOutput<typeof EventSchema>;
export type DatasetInput = v.InferOutput<typeof DatasetSchema>;

const expectedByType: Record<string, ExpectedKind> = {
  string: 'text',
  union: 'localizedText',
  record: 'localizedText',
  array: 'list',
  object: 'object',
  boolean: 'boolean',
  min_length: 'nonEmpty',
  picklist: 'mediaKind',
};

function toProblem(issue: v.BaseIssue<unknown>): Problem {
  const path = (issue.path ?? []).map((item) => item.key as string | number);
  if (path.length === 0) return { code: 'notDataset', path };
  const field = path[path.length - 1];
  if (issue.received === 'undefined') return { code: 'missing', path };
  // A media object without what its kind needs: a quote's text, or any other's address.
  if (field === 'media' && issue.type === 'check') {
    const quote = (issue.input as { kind?: unknown }).kind === 'quote';
    return { code: 'missing', path: [...path, quote ? 'quote' : 'src'] };
  }
  if (issue.type === 'regex' || issue.type === 'check') {
    if (field === 'start' || field === 'end') {
      return { code: 'notDate', path, value: String(issue.input) };
    }
    if (field === 'color') return { code: 'type', path, expected: 'color' };
    if (issue.kind === 'validation') return { code: 'type', path, expected: 'languageKey' };
  }
  return { code: 'type', path, expected: expectedByType[issue.type] ?? 'text' };
}

/** Checks the shape of a dataset; returns every problem found, in document order. */
export function validateDataset(
  input: unknown,
): { ok: true; value: DatasetInput } | { ok: false; problems: [Problem, ...Problem[]] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ code: 'notDataset', path: [] }] };
  }
  // One problem per field: a date that fails the pattern need not also fail the calendar check.
  const result = v.safeParse(DatasetSchema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const [first, ...rest] = result.issues;
  return { ok: false, problems: [toProblem(first), ...rest.map(toProblem)] };
}
