// Touch input through Chromium's DevTools protocol (the `touch` server command in
// web-test-runner.config.mjs): for `*.chromium.test.ts` files only.
import { executeServerCommand } from '@web/test-runner-commands';

export type Point = [number, number];

export function touch(type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) {
  return executeServerCommand('touch', { type, points });
}

/** Two fingers 80 px apart about (x, y) spread to 320 px apart, then lift. */
export async function spread([x, y]: Point): Promise<void> {
  await touch('touchStart', [
    [x - 40, y],
    [x + 40, y],
  ]);
  for (let d = 60; d <= 160; d += 20) {
    await touch('touchMove', [
      [x - d, y],
      [x + d, y],
    ]);
  }
  await touch('touchEnd', []);
}
