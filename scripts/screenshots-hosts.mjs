// Screenshots of the widget in the host pages of test/hosts/: the reveal.js deck at a scale of
// 0.8, the hostile blog theme at 375 and 1440 px, and the Bootstrap-like page with its bordered
// iframe. `node scripts/screenshots-hosts.mjs http://localhost:5302/ out` against any static
// server of the repository's root, after `npm run build` (the pages load dist/).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.mjs';

const base = process.argv[2] ?? 'http://localhost:5302/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const shots = [
  { name: 'reveal-0.8', page: 'test/hosts/reveal.html?scale=0.8', width: 1000, height: 700 },
  { name: 'hostile-375', page: 'test/hosts/hostile.html', width: 375, height: 800 },
  { name: 'hostile-1440', page: 'test/hosts/hostile.html', width: 1440, height: 900 },
  { name: 'bootstrap-1024', page: 'test/hosts/bootstrap.html', width: 1024, height: 1400 },
  {
    name: 'tabs-390',
    page: 'test/hosts/tabs.html',
    width: 390,
    height: 700,
    click: '#tab-timeline',
  },
];
for (const { name, page, width, height, click } of shots) {
  const tab = await browser.newPage({ viewport: { width, height } });
  await tab.goto(new URL(page, base).href);
  if (click) await tab.click(click);
  await tab.locator('diplomacy-timeline').first().locator('.mark').first().waitFor();
  // The iframe's widget, where the page has one.
  for (const frame of tab.frames().slice(1))
    await frame.locator('diplomacy-timeline .mark').first().waitFor();
  await tab.waitForTimeout(600);
  const path = `${out}/${name}.png`;
  await tab.screenshot({ path, fullPage: true });
  console.log(path);
  await tab.close();
}
await browser.close();
