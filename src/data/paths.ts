import type { Path } from './problems.js';

/** Which event a path points into (`['events', 3, 'start']` → 3), or -1. */
export function eventIndexOf(path: Path): number {
  return path[0] === 'events' && typeof path[1] === 'number' ? path[1] : -1;
}

/** The path with its event renumbered (`events[3].start`, 3 → 7: `events[7].start`). */
export function withEventIndex(path: Path, to: (index: number) => number | undefined): Path {
  const index = eventIndexOf(path);
  return index < 0 ? path : ['events', to(index) ?? index, ...path.slice(2)];
}
