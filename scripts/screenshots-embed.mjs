// Screenshots of the embedding pages (generator, themes, iframe) at phone and desktop widths,
// full page, with the system's Chromium. The dev server must be running (`npm start`).
// Usage: node scripts/screenshots-embed.mjs [base-url] [out-dir]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.mjs';

const base = process.argv[2] ?? 'http://localhost:5173/demo/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const shots = [];
for (const name of ['generator', 'themes', 'iframe']) {
  for (const width of [375, 1440]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(new URL(`${name}.html`, base).href);
    // Every timeline on the page (in frames too) has drawn its marks.
    for (const frame of page.frames()) {
      for (const timeline of await frame.locator('diplomacy-timeline').all()) {
        await timeline.locator('.mark').first().waitFor();
      }
    }
    for (const frame of page.frames().slice(1)) {
      await frame.locator('diplomacy-timeline .mark').first().waitFor();
    }
    const file = `${out}/${name}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
    await page.close();
  }
}
await browser.close();
console.log(shots.join('\n'));
