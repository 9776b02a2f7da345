/** A setTimeout-like clock: the kiosk's tour and its dataset retries run on one. */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

/** The browser's own timers. */
export const systemScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms) as unknown as number,
  clearTimeout: (handle) => globalThis.clearTimeout(handle),
};

/**
 * The clock kiosk timers are set on. Tests swap in a fake one to drive months of touring in
 * seconds; nothing else should change it.
 */
export const kioskClock: { scheduler: Scheduler } = { scheduler: systemScheduler };

/**
 * Runs `run` once the page is idle: work that must not stand between the reader and a frame
 * (chunks fetched ahead, what a first render would set up). Where the browser has no idle
 * callback (Safari), a timer stands in.
 */
export function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(run);
  else setTimeout(run, 200);
}
