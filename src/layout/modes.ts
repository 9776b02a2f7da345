/** The modes the element knows; anything else is read as `embed`, with a warning. */
export const MODES: readonly string[] = ['embed', 'presentation', 'kiosk'];
export type TimelineMode = 'embed' | 'presentation' | 'kiosk';
