import type { Problem } from './problems.js';
import type { Precision } from './dates.js';

/**
 * Dataset text as loaded: one string per language. The key `*` holds text given as a plain
 * string, which is shown whatever the reader's language.
 */
export type LocalizedText = Readonly<Record<string, string>>;

export interface Source {
  readonly label: LocalizedText;
  /** Only http, https and mailto addresses survive loading. */
  readonly url?: string;
}

/** An image for an event. */
export interface Media {
  /** An http(s) address, or one relative to the dataset (resolved when loaded from `src`). */
  readonly src: string;
  /** Empty when the author gave none: the image is then decorative. */
  readonly alt: LocalizedText;
  readonly credit?: LocalizedText;
}

export interface Category {
  readonly id: string;
  readonly label: LocalizedText;
  readonly color?: string;
}

/** One event of a loaded dataset. Datasets keep their events sorted by time. */
export interface TimelineEvent {
  readonly id: string;
  /** Position in the dataset's time order. */
  readonly index: number;
  /** First instant covered, epoch milliseconds (local time). */
  readonly start: number;
  readonly startPrecision: Precision;
  /** Last instant covered, for ranges (eras) only. */
  readonly end?: number;
  readonly endPrecision?: Precision;
  readonly circa: boolean;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly category?: Category;
  readonly sources: readonly Source[];
  readonly media?: Media;
}

/** A loaded, validated dataset. Immutable: a new load makes a new one. */
export interface Dataset {
  readonly title?: LocalizedText;
  readonly description?: LocalizedText;
  readonly categories: readonly Category[];
  readonly events: readonly TimelineEvent[];
  /** Event position by id. */
  readonly indexById: ReadonlyMap<string, number>;
  /**
   * What was left out while loading: CSV rows skipped for a bad date or an unknown category,
   * parts of a TimelineJS file this widget does not show. Empty for a clean file.
   */
  readonly notices: readonly Notice[];
}

/** One thing a reader should know was left out of the dataset. */
export type Notice =
  | {
      readonly kind: 'skippedRow';
      /** Row of the spreadsheet, counting the header as row 1. */
      readonly row: number;
      /** Column of the cell at fault, from 1; 0 when the whole row is at fault. */
      readonly column: number;
      /** Name of that column in the header. */
      readonly field: string;
      readonly problem: Problem;
    }
  | { readonly kind: 'unsupported'; readonly problem: Problem };
