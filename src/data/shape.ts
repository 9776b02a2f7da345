/**
 * A quick look at whether a dataset has the shape `schema.ts` asks for, in plain code that
 * allocates nothing: the common case, a well-formed dataset, then skips valibot, which
 * builds an output copy and an issue for every union branch it rejects (20–30 ms for 10,000
 * events, a third of the first render).
 *
 * The schema stays the one definition of the format: this check may only be stricter than
 * it, never looser. Whatever it does not recognise goes through the schema, which either
 * words the problem or lets the dataset through. test/data/shape.test.ts holds it to that,
 * on the valid datasets and every broken variant of them it can make.
 *
 * Dates are only checked to be text here: building the dataset parses them anyway, and
 * turns to the schema when one does not parse.
 */
import { MEDIA_KINDS } from './media-kind.js';
import { COLOR, LANGUAGE_KEY } from './patterns.js';
import type { DatasetInput } from './schema.js';

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isName(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isText(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0;
  if (!isObject(value)) return false;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || typeof value[key] !== 'string' || !LANGUAGE_KEY.test(key))
      return false;
  }
  return true;
}

function isOptionalText(value: unknown): boolean {
  return value === undefined || isText(value);
}

function isCategory(value: unknown): boolean {
  return (
    isObject(value) &&
    isName(value.id) &&
    isText(value.label) &&
    (value.color === undefined || (typeof value.color === 'string' && COLOR.test(value.color)))
  );
}

function isSource(value: unknown): boolean {
  return isObject(value) && isText(value.label) && isOptionalString(value.url);
}

function isMedia(value: unknown): boolean {
  if (!isObject(value)) return false;
  const kind = value.kind;
  if (kind !== undefined && !(MEDIA_KINDS as readonly unknown[]).includes(kind)) return false;
  const quote = kind === 'quote';
  return (
    (quote ? isText(value.quote) : isName(value.src)) &&
    (value.src === undefined || isName(value.src)) &&
    isOptionalText(value.quote) &&
    isOptionalText(value.alt) &&
    isOptionalText(value.caption) &&
    isOptionalText(value.credit)
  );
}

function everyItem(value: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!check(value[i])) return false;
  return true;
}

/** True when `value` surely passes the schema as an event, its dates' calendar check aside. */
export function isEvent(value: unknown): boolean {
  return (
    isObject(value) &&
    isName(value.id) &&
    typeof value.start === 'string' &&
    isOptionalString(value.end) &&
    (value.circa === undefined || typeof value.circa === 'boolean') &&
    isText(value.title) &&
    isOptionalText(value.description) &&
    (value.category === undefined || isName(value.category)) &&
    (value.sources === undefined || everyItem(value.sources, isSource)) &&
    (value.media === undefined || isMedia(value.media))
  );
}

/**
 * True when `input` surely passes the schema but for its events, which need only be a list:
 * building the dataset looks at each event with isEvent in the pass that reads its dates.
 */
export function hasHeadShape(input: unknown): input is DatasetInput {
  return (
    isObject(input) &&
    isOptionalString(input.$schema) &&
    isOptionalText(input.title) &&
    isOptionalText(input.description) &&
    (input.categories === undefined || everyItem(input.categories, isCategory)) &&
    Array.isArray(input.events)
  );
}

/** True when `input` surely passes the schema, its dates' calendar check aside. */
export function hasDatasetShape(input: unknown): input is DatasetInput {
  return hasHeadShape(input) && everyItem(input.events, isEvent);
}
