import type { Problem } from './problems.js';
import type { Precision } from './dates.js';
import type { AddressedKind } from './media-kind.js';

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

/** What an event shows beside its text: an image, a player, a quotation or a link. */
export type Media = AddressedMedia | QuoteMedia;

interface MediaText {
  /** Who made it, or where it comes from. */
  readonly credit?: LocalizedText;
  /** What it shows, said under it. */
  readonly caption?: LocalizedText;
}

/** An image, a video or audio player, or a link to a page, at an address. */
export interface AddressedMedia extends MediaText {
  readonly kind: AddressedKind;
  /** An http(s) address, or one relative to the dataset (resolved when loaded from `src`). */
  readonly src: string;
  /** Empty when the author gave none: an image is then decorative. */
  readonly alt: LocalizedText;
}

/** A quotation, in the rich-text subset, with its credit. */
export interface QuoteMedia extends MediaText {
  readonly kind: 'quote';
  readonly quote: LocalizedText;
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
      /** For a duplicate id: the row that used it first. */
      readonly firstRow?: number;
    }
  | { readonly kind: 'unsupported'; readonly problem: Problem };
