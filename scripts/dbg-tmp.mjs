import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.mjs';
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const tab = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
tab.on('console', (m) => console.log(m.text()));
tab.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await tab.goto('http://localhost:5204/demo/presentation.html');
await tab.waitForTimeout(2500);
console.log(
  await tab.evaluate(() => {
    const el = document.querySelector('diplomacy-timeline');
    return JSON.stringify([el.selected, el.visibleRange]);
  }),
);
await tab.evaluate(() => document.querySelector('diplomacy-timeline').next());
await tab.waitForTimeout(1000);
console.log(
  await tab.evaluate(() => {
    const el = document.querySelector('diplomacy-timeline');
    return JSON.stringify([el.selected, el.visibleRange]);
  }),
);
await browser.close();
