import type { ExpectedKind, Problem, ProblemCode } from '../data/problems.js';

/** A problem as the message tables get it: its paths already written as text. */
export type WordedProblem<P = Problem> = {
  readonly [K in keyof P]: K extends 'path' | 'firstPath' ? string : P[K];
};

type ProblemWords = {
  [C in ProblemCode]: (problem: WordedProblem<Extract<Problem, { code: C }>>) => string;
};

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
  /** After the first title in a cluster's badge: how many more it holds ("+ 5 more"). */
  readonly moreInCluster: (count: string) => string;
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
  // Embedding: exporting the view as an image.
  /** The button that offers the current view as an image (its choices are PNG and SVG). */
  readonly downloadImage: string;

  // Authoring: skipped rows, legend, search, media.
  /** Summary of the notice for a CSV file with bad rows: "2 rows skipped". */
  readonly rowsSkipped: (count: number) => string;
  /** Summary of the notice for a TimelineJS file: what was changed or left out to show it. */
  readonly fileNotes: (count: number) => string;
  /** Where a skipped row's fault is: "row 3, column 2 (start)". */
  readonly cell: (row: number, column: number, field: string) => string;
  readonly row: (row: number) => string;
  /** Name of the legend, whose entries hide and show categories. */
  readonly legend: string;
  readonly search: string;
  /** Announced and shown while searching: "3 events match". */
  readonly matches: (count: number) => string;
  /** Says who made an image: "Image: …". */
  readonly credit: (credit: string) => string;
  /** The button that loads a provider's player: "Play the video from YouTube". */
  readonly playMedia: (provider: string, audio: boolean) => string;
  /** Under that button: nothing is fetched from the provider before it is pressed. */
  readonly loadsOnPlay: (provider: string) => string;
  /** Name of the provider's player once loaded: "YouTube player". */
  readonly player: (provider: string) => string;
  /** A link to the medium on its provider's site: "Open on Wikipedia". */
  readonly openOn: (provider: string) => string;
  /** Why a video or audio is a link: the page's security policy refuses embedded players. */
  readonly playersBlocked: (provider: string) => string;
  /** On a kiosk, under the QR code of a video or audio. */
  readonly scanToPlay: (provider: string, audio: boolean) => string;

  // Presentation and kiosk modes
  /** Where the slide stands: "3 / 14". */
  readonly slideProgress: (current: string, total: string) => string;
  readonly previousSlide: string;
  readonly nextSlide: string;
  /** The button that toggles full screen (pressed while full screen). */
  readonly fullScreen: string;
  /** Name of a source's QR code, given the source's label. */
  readonly qrCode: (label: string) => string;
  /** Shown while a kiosk tours on its own. */
  readonly touchToExplore: string;
  /** Shown when a kiosk shows its saved copy because the source failed. */
  readonly savedCopy: (date: string) => string;
  // Hardening
  /** The button that loads a dataset again after a network failure or a timeout. */
  readonly retry: string;

  // Phone width: the legend folded into a menu
  /** The button that opens the folded legend: "Categories", or "Categories: 3 of 5" shown. */
  readonly legendButton: (shown: number, total: number) => string;
  /** A short widget: the header button that shows the search box and legend. */
  readonly filtersButton: string;
}
