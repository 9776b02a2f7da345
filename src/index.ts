/**
 * diplomacy-timeline: importing this module defines `<diplomacy-timeline>`.
 */
export { DiplomacyTimeline, type TimelineMode, type TimelineTheme } from './diplomacy-timeline.js';
export type { TimelineEventDetails, TimelineEventName } from './events.js';
// A loaded dataset's types in the order it holds them, for a reader of the public API.
export type {
  Dataset,
  Category,
  TimelineEvent,
  Source,
  Media,
  Notice,
  LocalizedText,
} from './data/model.js';
export type { DatasetInput, EventInput } from './data/schema.js';
export type { Problem } from './data/problems.js';
export { addLocale, monthNamesOf } from './i18n/locales.js';
export type { Messages, MonthNames } from './i18n/messages.js';
