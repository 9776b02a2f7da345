import { en } from './en.js';
import { id } from './id.js';
import type { Locale } from 'date-fns';
import type { Messages, MonthNames } from './messages.js';

/** The languages the widget speaks. A new language is one file like `id.ts`, added here. */
export const locales: Record<string, Messages> = { en, id };

/**
 * Teaches the widget a language at run time, for pages that bring their own message table
 * (`addLocale(ms)`, then `lang="ms"`). Elements already on the page use it from their next
 * update. A key the table lacks (one added to the widget after the table was written) is
 * said in English rather than breaking the widget.
 */
export function addLocale(messages: Messages): void {
  locales[messages.lang.toLowerCase()] = { ...en, ...messages };
  localesVersion++;
}

/** Counts changes to the table, so an element knows its resolved language may be stale. */
export let localesVersion = 0;

/** The nearest language we have for a BCP 47 tag: `id-ID` → id; anything unknown → English. */
export function resolveLocale(tag: string | null | undefined): Messages {
  const base = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(locales, base) ? locales[base]! : en;
}

/**
 * The month names of a date-fns locale, for a language's `months`:
 * `addLocale({ ...ms, months: monthNamesOf(msLocale) })`.
 */
export function monthNamesOf(locale: Pick<Locale, 'localize'>): MonthNames {
  const names = (width: 'wide' | 'abbreviated') =>
    Array.from({ length: 12 }, (_, i) =>
      locale.localize.month(i as Parameters<Locale['localize']['month']>[0], {
        width,
        context: 'formatting',
      }),
    );
  return { wide: names('wide'), abbreviated: names('abbreviated') };
}
