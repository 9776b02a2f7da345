// Takes screenshots of the demo at phone and desktop widths, in both themes, with the
// system's Chromium: `npm run screenshots` (the dev server must be running: `npm start`).
// Usage: node scripts/screenshots.mjs [base-url] [out-dir]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.mjs';

const base = process.argv[2] ?? 'http://localhost:5173/demo/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const shots = [];
for (const width of [375, 1440]) {
  for (const scheme of ['light', 'dark']) {
    for (const state of ['article', 'detail']) {
      const page = await browser.newPage({
        viewport: { width, height: width < 600 ? 812 : 900 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      await page.goto(base);
      const timeline = page.locator('diplomacy-timeline');
      await timeline.locator('.mark').first().waitFor();
      await timeline.scrollIntoViewIfNeeded();
      if (state === 'detail') {
        await timeline.locator('.mark').nth(2).click();
        await timeline.locator('.detail').waitFor();
      }
      const file = `${out}/${state}-${width}-${scheme}.png`;
      await timeline.screenshot({ path: file });
      shots.push(file);
      await page.close();
    }
  }
}
await browser.close();
console.log(shots.join('\n'));
