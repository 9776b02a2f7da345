/**
 * Everything that can go wrong while loading a dataset, as data: the view words it in the
 * reader's language, so switching `lang` rewords an error that is already shown.
 */
/**
 * Where in the dataset a problem is, as keys (`['events', 3, 'start']`): renumbered and
 * looked up as data, written as text only when worded (i18n/format.ts).
 */
export type Path = readonly (string | number)[];

export type Problem =
  | { readonly code: 'network'; readonly url: string }
  | { readonly code: 'http'; readonly url: string; readonly status: number }
  | { readonly code: 'parse'; readonly url: string; readonly format: 'json' | 'csv' }
  | { readonly code: 'notDataset'; readonly path: Path }
  | { readonly code: 'missing'; readonly path: Path }
  | { readonly code: 'type'; readonly path: Path; readonly expected: ExpectedKind }
  | { readonly code: 'notDate'; readonly path: Path; readonly value: string }
  | {
      readonly code: 'endBeforeStart';
      readonly path: Path;
      readonly start: string;
      readonly end: string;
    }
  | {
      readonly code: 'duplicateId';
      readonly path: Path;
      readonly id: string;
      readonly firstPath: Path;
    }
  | { readonly code: 'unknownCategory'; readonly path: Path; readonly category: string }
  // Embedding: a query parameter embed.html does not know; `known` lists the ones it does.
  | { readonly code: 'unknownParameter'; readonly path: Path; readonly known: string }
  // Authoring: TimelineJS files and spreadsheets.
  | { readonly code: 'googleSheet'; readonly url: string }
  | { readonly code: 'displayDateOnly'; readonly path: Path; readonly value: string }
  | { readonly code: 'displayDate'; readonly path: Path; readonly value: string }
  | { readonly code: 'mediaAddress'; readonly path: Path; readonly url: string }
  | {
      readonly code: 'madeUpTitle';
      readonly path: Path;
      readonly title: string;
      readonly from: 'text' | 'caption' | 'date';
    }
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
