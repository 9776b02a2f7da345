/** Seconds without input before a kiosk starts its tour, unless `idle` says otherwise. */
export const DEFAULT_IDLE_SECONDS = 90;

/**
 * The kiosk's idle time in milliseconds from the `idle` attribute (seconds). A value that is
 * not a number, or is negative, gives the default: a lobby screen must never tour constantly
 * because of a typo.
 */
export function readIdleMs(value: unknown): number {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const seconds = text.trim() === '' ? NaN : Number(text);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_IDLE_SECONDS) * 1000;
}
