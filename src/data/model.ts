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
}

/** A loaded, validated dataset. Immutable: a new load makes a new one. */
export interface Dataset {
  readonly title?: LocalizedText;
  readonly description?: LocalizedText;
  readonly categories: readonly Category[];
  readonly events: readonly TimelineEvent[];
  /** Event position by id. */
  readonly indexById: ReadonlyMap<string, number>;
}
