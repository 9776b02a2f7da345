/**
 * diplomacy-timeline: importing this module defines `<diplomacy-timeline>`.
 */
export { DiplomacyTimeline, type TimelineMode, type TimelineTheme } from './diplomacy-timeline.js';
export type { TimelineEventDetails, TimelineEventName } from './events.js';
export type { Category, Dataset, LocalizedText, Source, TimelineEvent } from './data/model.js';
export type { DatasetInput, EventInput } from './data/schema.js';
export type { Problem } from './data/problems.js';
export { addLocale, monthNamesOf } from './i18n/locales.js';
export type { Messages, MonthNames } from './i18n/messages.js';
