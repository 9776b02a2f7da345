// Screenshots of the presentation and kiosk modes at projector and kiosk sizes, with the
// system's Chromium: `node scripts/screenshots-modes.mjs http://localhost:5173/demo/ out-dir`
// (the dev server must be running: `npm start`).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.mjs';

const base = process.argv[2] ?? 'http://localhost:5173/demo/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const shots = [];

async function shoot(name, page, { width, height, scheme = 'light', act }) {
  const tab = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
  tab.on('console', (message) => console.log(`${name}: ${message.text()}`));
  await tab.goto(new URL(page, base).href);
  const timeline = tab.locator('diplomacy-timeline');
  await timeline.locator('.mark').first().waitFor();
  if (act) await act(tab, timeline);
  // Let an eased zoom finish before the picture.
  await tab.waitForTimeout(600);
  const file = `${out}/${name}.png`;
  await tab.screenshot({ path: file });
  shots.push(file);
  await tab.close();
}

const next = async (tab, times) => {
  for (let i = 0; i < times; i++) await tab.keyboard.press('PageDown');
};

await shoot('presentation-1920x1080', 'presentation.html', {
  width: 1920,
  height: 1080,
  act: async (tab, timeline) => {
    await timeline.locator('.slide').waitFor();
    await timeline.locator('.plot').click({ position: { x: 5, y: 5 } });
    await next(tab, 6);
  },
});
await shoot('presentation-1280x720-dark', 'presentation.html', {
  width: 1280,
  height: 720,
  scheme: 'dark',
  act: async (tab, timeline) => {
    await timeline.locator('.slide').waitFor();
  },
});
// A presentation sizes to its box, not the window: an article's 672 × 416 box, and a
// 480-pixel box across a 1920-pixel projector.
const box = (width, height) => async (tab, timeline) => {
  await timeline.locator('.slide').waitFor();
  await timeline.evaluate(
    (el, [w, h]) => {
      el.style.width = w;
      el.style.height = h;
      el.style.border = '1px solid #ccc';
    },
    [width, height],
  );
  await next(tab, 6);
};
await shoot('presentation-672x416-in-1280x800', 'presentation.html', {
  width: 1280,
  height: 800,
  act: box('672px', '416px'),
});
await shoot('presentation-480-box-in-1920x1080', 'presentation.html', {
  width: 1920,
  height: 1080,
  act: box('100%', '480px'),
});
await shoot('kiosk-1920x1080', 'kiosk.html', { width: 1920, height: 1080 });
const openCard = async (tab, timeline) => {
  await timeline.locator('.mark').first().click();
  await timeline.locator('.qr-code path').first().waitFor();
};
const withUrls = 'kiosk.html?src=../test/fixtures/sources-with-urls.json';
await shoot('kiosk-1920x1080-qr', withUrls, { width: 1920, height: 1080, act: openCard });
await shoot('kiosk-1080x1920', 'kiosk.html', { width: 1080, height: 1920 });
await shoot('kiosk-1080x1920-qr', withUrls, { width: 1080, height: 1920, act: openCard });
// Upright tablets, and a crowded dataset (300 synthetic events over 60 years) upright.
await shoot('kiosk-768x1366-dark', 'kiosk.html', { width: 768, height: 1366, scheme: 'dark' });
await shoot('kiosk-768x1366-card', 'kiosk.html?lang=en', {
  width: 768,
  height: 1366,
  act: (tab, timeline) => timeline.locator('.mark').nth(7).click(),
});
const synthetic = async (tab) => {
  await tab.evaluate(async () => {
    const { syntheticDataset } = await import('/test/fixtures/synthetic.ts');
    const timeline = document.querySelector('diplomacy-timeline');
    const loaded = new Promise((done) => timeline.addEventListener('timeline-load', done));
    timeline.removeAttribute('src');
    timeline.data = syntheticDataset(300, { ranges: 6, years: 60 });
    await loaded;
  });
};
for (const [width, height] of [
  [1080, 1920],
  [768, 1366],
]) {
  await shoot(`kiosk-${width}x${height}-synthetic`, 'kiosk.html', {
    width,
    height,
    act: synthetic,
  });
}
await shoot('kiosk-1080x1920-touring', 'kiosk.html?idle=1', {
  width: 1080,
  height: 1920,
  act: async (tab, timeline) => {
    await timeline.locator('.tour-hint').waitFor({ timeout: 15000 });
    await timeline.locator('.detail').waitFor({ timeout: 15000 });
  },
});
await browser.close();
console.log(shots.join('\n'));
