import type { ExpectedKind, Problem, ProblemCode } from '../data/problems.js';

type ProblemWords = { [C in ProblemCode]: (problem: Extract<Problem, { code: C }>) => string };

/** The twelve months' names: `wide` in dates ("Januari 2017"), `abbreviated` on the axis. */
export interface MonthNames {
  readonly wide: readonly string[];
  readonly abbreviated: readonly string[];
}

/**
 * Every word the widget shows, for one language. Each language file fills the whole table,
 * so a missing key is a type error rather than a blank button.
 */
export interface Messages {
  /** BCP 47 tag of the language, as written in `lang`. */
  readonly lang: string;
  /** Month names, January first, as date-fns' locale for the language has them. */
  readonly months: MonthNames;
  /**
   * How dates are written at each precision, given the parts (month names already in this
   * language): "10 Januari 2017", "January 10, 2017".
   */
  readonly dates: {
    readonly month: (month: string, year: number) => string;
    readonly day: (day: number, month: string, year: number) => string;
  };
  /** Writes an approximate date: "c. 2002". */
  readonly circa: (date: string) => string;
  /** Writes a decade: "2000s". */
  readonly decade: (year: number) => string;
  /** Axis labels for days ("5 Mar") given the day and the short month name. */
  readonly tickDay: (day: number, shortMonth: string) => string;
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
  /** The toggle between the drawing and the list of events. */
  readonly listView: string;
  /** Name of the list of events. */
  readonly eventList: string;
  /** Said when a list holds only part of a very large dataset. */
  readonly listTruncated: (shown: string, total: string) => string;
  /** Announced once a zoom or pan settles: "Showing 2002 – 2017". */
  readonly showing: (range: string) => string;
  /** Announced when an event is chosen. */
  readonly chosen: (title: string, date: string) => string;
  readonly moreProblems: (count: number) => string;
  readonly expected: Readonly<Record<ExpectedKind, string>>;
  readonly problems: ProblemWords;
  // Hardening
  /** The button that loads a dataset again after a network failure or a timeout. */
  readonly retry: string;
}
