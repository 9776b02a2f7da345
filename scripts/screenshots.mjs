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

async function shoot(name, { width, scheme = 'light', scale = 1, forcedColors = 'none', state }) {
  const page = await browser.newPage({
    viewport: { width, height: width < 800 ? 812 : 900 },
    colorScheme: scheme,
    deviceScaleFactor: scale,
    forcedColors,
  });
  await page.goto(base);
  const timeline = page.locator('diplomacy-timeline');
  await timeline.locator('.mark').first().waitFor();
  await timeline.scrollIntoViewIfNeeded();
  if (state === 'detail') {
    await timeline.locator('.mark').nth(2).click();
    await timeline.locator('.detail').waitFor();
  } else if (state === 'list') {
    await timeline.locator('.list-toggle').click();
    await timeline.locator('.list').waitFor();
  }
  const file = `${out}/${name}.png`;
  await timeline.screenshot({ path: file });
  shots.push(file);
  await page.close();
}

for (const width of [375, 1440]) {
  for (const scheme of ['light', 'dark']) {
    for (const state of ['article', 'detail', 'list']) {
      await shoot(`${state}-${width}-${scheme}`, { width, scheme, state });
    }
  }
}
// Windows high contrast, and a desktop page zoomed to 200 % (half the CSS width, twice the pixels).
await shoot('forced-colors-1440', { width: 1440, forcedColors: 'active', state: 'detail' });
await shoot('zoom200-1440', { width: 720, scale: 2, state: 'detail' });
await browser.close();
console.log(shots.join('\n'));
