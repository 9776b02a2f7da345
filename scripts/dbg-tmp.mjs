import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.mjs';
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
tab.on('console', (m) => {
  if (!/vite|dev mode|change-in/.test(m.text())) console.log(m.text());
});
tab.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await tab.goto('http://localhost:5204/demo/presentation.html');
await tab.waitForTimeout(2000);
console.log(
  await tab.evaluate(async () => {
    const el = document.querySelector('diplomacy-timeline');
    const log = [];
    el.addEventListener('timeline-rangechange', (e) =>
      log.push('range ' + e.detail.start.toISOString()),
    );
    const ro = new ResizeObserver(() => log.push('resize'));
    ro.observe(el.shadowRoot.querySelector('.plot'));
    await new Promise((r) => setTimeout(r, 100));
    log.length = 0;
    el.select('joko-widodo-presidency');
    await new Promise((r) => setTimeout(r, 1500));
    log.push(JSON.stringify(el.visibleRange));
    return log.join('\n');
  }),
);
await browser.close();
