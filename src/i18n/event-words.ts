import type { TimelineEvent } from '../data/model.js';
import { formatEventDate, formatRange, pickText } from './format.js';
import type { Messages } from './messages.js';

/** An event's title (and its language, when it is not the reader's) and its date, written. */
export interface EventWords {
  readonly title: string;
  readonly titleLang?: string;
  readonly date: string;
}

/**
 * The words the drawing shows and names its marks and clusters with, for one dataset in one
 * language, each written once: a zoom or pan frame redraws the same marks and clusters, and
 * formatting their dates again on every frame was most of its text work.
 */
export class WordsCache {
  private readonly events: (EventWords | undefined)[];
  private readonly clusters = new Map<string, string>();

  constructor(
    private readonly list: readonly TimelineEvent[],
    /** The language the words are in. */
    readonly m: Messages,
  ) {
    this.events = new Array(list.length);
  }

  /** The words of the event at `index`. */
  event(index: number): EventWords {
    let words = this.events[index];
    if (!words) {
      const e = this.list[index]!;
      const title = pickText(e.title, this.m.lang);
      words = { title: title.text, titleLang: title.lang, date: formatEventDate(this.m, e) };
      this.events[index] = words;
    }
    return words;
  }

  /**
   * A cluster's span at a precision that tells its ends apart: years, else months, else days.
   * Clusters sit in columns fixed in time, so the same spans come back frame after frame.
   */
  clusterSpan(start: number, end: number): string {
    const key = `${start} ${end}`;
    let span = this.clusters.get(key);
    if (span === undefined) {
      const a = new Date(start);
      const b = new Date(end);
      const precision =
        a.getFullYear() !== b.getFullYear()
          ? 'year'
          : a.getMonth() !== b.getMonth()
            ? 'month'
            : 'day';
      span = formatRange(this.m, start, precision, end, precision);
      // Bounded: a long session of zooming meets ever new columns.
      if (this.clusters.size >= 4096) this.clusters.clear();
      this.clusters.set(key, span);
    }
    return span;
  }
}
