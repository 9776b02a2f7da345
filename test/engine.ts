import { executeServerCommand } from '@web/test-runner-commands';

/** The engine the tests run in (see scripts/test-engines.mjs). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export function engine(): Promise<Engine> {
  return executeServerCommand<Engine, undefined>('engine');
}

/** The runner's own viewport, which a test that changes it gives back for the next. */
const RUNNER_VIEWPORT = { width: 800, height: 600 };

/**
 * Sizes the page's viewport in every engine (the stock `setViewport` has no WebDriver
 * version), and waits until the page sees the new size.
 */
export async function setViewport({ width, height }: { width: number; height: number }) {
  await executeServerCommand('viewport', { width, height });
  while (innerWidth !== width || innerHeight !== height) {
    await new Promise(requestAnimationFrame);
  }
}

/** Gives the page the runner's viewport back (`after(restoreViewport)`). */
export function restoreViewport(): Promise<void> {
  return setViewport(RUNNER_VIEWPORT);
}
