import type { Locale } from 'date-fns';
import type { ExpectedKind, Problem, ProblemCode } from '../data/problems.js';

type ProblemWords = { [C in ProblemCode]: (problem: Extract<Problem, { code: C }>) => string };

/**
 * Every word the widget shows, for one language. Each language file fills the whole table,
 * so a missing key is a type error rather than a blank button.
 */
export interface Messages {
  /** BCP 47 tag of the language, as written in `lang`. */
  readonly lang: string;
  readonly dateLocale: Locale;
  /** date-fns patterns for a date known to the year, month or day. */
  readonly datePatterns: { readonly year: string; readonly month: string; readonly day: string };
  /** Writes an approximate date: "c. 2002". */
  readonly circa: (date: string) => string;
  /** Writes a decade: "2000s". */
  readonly decade: (year: number) => string;
  /** Tick labels by unit. */
  readonly tickPatterns: { readonly day: string; readonly month: string; readonly year: string };
  readonly timeline: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly reset: string;
  readonly close: string;
  readonly loading: string;
  readonly empty: string;
  readonly sources: string;
  readonly category: string;
  readonly eventsInCluster: (count: string, range: string) => string;
  readonly moreProblems: (count: number) => string;
  readonly expected: Readonly<Record<ExpectedKind, string>>;
  readonly problems: ProblemWords;
}
