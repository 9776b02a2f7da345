/**
 * Problem paths (`events[3].start`) read back into keys. Problems carry their path as text,
 * written by the schema; these are the one reading of that text.
 */

/** `events[3]` at the start of a path, and the event's number. */
const EVENT = /^events\[(\d+)\]/;

/** `events[3].start` → ['events', 3, 'start']. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    keys.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return keys;
}

/** Which event a path points into (`events[3].start` → 3), or -1. */
export function eventIndexOf(path: string): number {
  const match = EVENT.exec(path);
  return match ? Number(match[1]) : -1;
}

/** The path with its event renumbered (`events[3].start`, 3 → 7: `events[7].start`). */
export function withEventIndex(path: string, to: (index: number) => number | undefined): string {
  return path.replace(EVENT, (_, i: string) => `events[${to(Number(i))}]`);
}
