/**
 * Everything that can go wrong while loading a dataset, as data: the view words it in the
 * reader's language, so switching `lang` rewords an error that is already shown.
 */
/**
 * Where in the dataset a problem is, as keys (`['events', 3, 'start']`): renumbered and
 * looked up as data, written as text only when worded (i18n/format.ts).
 */
export type Path = readonly (string | number)[];

/** A problem at a place in the dataset, with what its message needs to word it. */
type At<Code extends string, Fields = unknown> = {
  readonly code: Code;
  readonly path: Path;
} & Readonly<Fields>;

export type Problem =
  | { readonly code: 'network'; readonly url: string }
  | { readonly code: 'http'; readonly url: string; readonly status: number }
  | { readonly code: 'parse'; readonly url: string; readonly format: 'json' | 'csv' }
  | At<'notDataset'>
  | At<'missing'>
  | At<'type', { expected: ExpectedKind }>
  | At<'notDate', { value: string }>
  | At<'endBeforeStart', { start: string; end: string }>
  | At<'duplicateId', { id: string; firstPath: Path }>
  | At<'unknownCategory', { category: string }>
  // Embedding: a query parameter embed.html does not know; `known` lists the ones it does.
  | At<'unknownParameter', { known: string }>
  // Authoring: TimelineJS files and spreadsheets.
  | { readonly code: 'googleSheet'; readonly url: string }
  | At<'displayDateOnly', { value: string }>
  | At<'displayDate', { value: string }>
  | At<'mediaAddress', { url: string }>
  | At<'madeUpTitle', { title: string; from: 'text' | 'caption' | 'date' }>
  // Hardening: a source that does not answer in time.
  | { readonly code: 'timeout'; readonly url: string; readonly seconds: number };

export type ProblemCode = Problem['code'];

/** What a field should have held, in words the message tables know. */
export type ExpectedKind =
  | 'text'
  | 'localizedText'
  | 'list'
  | 'object'
  | 'boolean'
  | 'nonEmpty'
  | 'color'
  | 'languageKey'
  | 'mediaKind';

/** Thrown by the data layer; carries the problems found, the first being the one to show. */
export class DatasetError extends Error {
  constructor(readonly problems: readonly [Problem, ...Problem[]]) {
    super(problems[0].code);
    this.name = 'DatasetError';
  }

  get problem(): Problem {
    return this.problems[0];
  }
}
