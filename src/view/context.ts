import type { Dataset } from '../data/model.js';
import type { WordsCache } from '../i18n/event-words.js';
import type { Messages } from '../i18n/messages.js';
import type { Rows } from '../layout/rows.js';
import type { DrawnSlots } from './drawn-slots.js';

/** What every view function needs to draw: the data, the words and where rows sit. */
export interface ViewContext {
  readonly dataset: Dataset;
  readonly m: Messages;
  /** The dataset's words in this language, written once each. */
  readonly words: WordsCache;
  readonly rows: Rows;
  readonly width: number;
  /** Radius of a mark's dot, as the layout placed it. */
  readonly dotRadius: number;
  /** A mark's height, the smallest side of a pointer target (the layout's minBadge). */
  readonly targetSize: number;
  /** With `group-by`, how many lanes each group has (more than one on an upright kiosk). */
  readonly laneSpan?: number;
  /** The event holding the timeline's one Tab stop. */
  readonly focusIndex: number;
  /** The chosen event, or -1. */
  readonly selectedIndex: number;
  /**
   * An event's title cut between words, with "…", to fit a label `width` wide on `lines` lines
   * (see LabelWidths.cut); without it, the browser cuts where the box ends, inside a word.
   */
  readonly cutTitle?: (index: number, width: number, lines: number) => string;
  /**
   * An event's whole title broken into the lines a label `width` wide holds, most evenly (see
   * LabelWidths.broken); without it, the browser fills each line as full as it goes.
   */
  readonly breakTitle?: (index: number, width: number) => string;
  /** Which element each mark, range and cluster is drawn in, kept across frames. */
  readonly slots?: DrawnSlots;
}

/** How one source with an address is shown: a link, or (on a kiosk) a QR code. */
export type SourceRenderer = (url: string, label: string, lang: string | undefined) => unknown;
