/**
 * Everything that can go wrong while loading a dataset, as data: the view words it in the
 * reader's language, so switching `lang` rewords an error that is already shown.
 */
export type Problem =
  | { readonly code: 'network'; readonly url: string }
  | { readonly code: 'http'; readonly url: string; readonly status: number }
  | { readonly code: 'parse'; readonly url: string; readonly format: 'json' | 'csv' }
  | { readonly code: 'notDataset'; readonly path: string }
  | { readonly code: 'missing'; readonly path: string }
  | { readonly code: 'type'; readonly path: string; readonly expected: ExpectedKind }
  | { readonly code: 'notDate'; readonly path: string; readonly value: string }
  | {
      readonly code: 'endBeforeStart';
      readonly path: string;
      readonly start: string;
      readonly end: string;
    }
  | {
      readonly code: 'duplicateId';
      readonly path: string;
      readonly id: string;
      readonly firstPath: string;
    }
  | { readonly code: 'unknownCategory'; readonly path: string; readonly category: string }
  // Embedding: a query parameter embed.html does not know; `known` lists the ones it does.
  | { readonly code: 'unknownParameter'; readonly path: string; readonly known: string }
  // Authoring: TimelineJS files and spreadsheets.
  | { readonly code: 'googleSheet'; readonly url: string }
  | { readonly code: 'displayDateOnly'; readonly path: string; readonly value: string }
  | { readonly code: 'displayDate'; readonly path: string; readonly value: string }
  | { readonly code: 'mediaAddress'; readonly path: string; readonly url: string }
  | {
      readonly code: 'madeUpTitle';
      readonly path: string;
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

/** Writes a path as the dataset's author reads it: `events[3].start`. */
export function formatPath(keys: readonly (string | number)[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${key}` : key;
  }
  return path;
}
