// Screenshots of the widget at phone widths (320–414 px) and on a desktop, in both themes and
// both languages, with the bundled dataset and with eight long category names; also prints
// what overflows the widget's box. `node scripts/screenshots-phone.mjs http://localhost:5173/ out`
// (the dev server must be running: `npm start`).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.mjs';

const base = process.argv[2] ?? 'http://localhost:5173/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const shots = [];
const MANY = '/test/fixtures/many-categories.json';

/** Everything in the shadow root whose box leaves the host's, and the legend's own scrolling. */
function overflow(host) {
  const box = host.getBoundingClientRect();
  const outside = [];
  for (const node of host.shadowRoot.querySelectorAll('*')) {
    if (node.closest('svg') && node.tagName !== 'svg') continue;
    if (node.closest('.plot') || node.matches('.visually-hidden, .match-count')) continue;
    const r = node.getBoundingClientRect();
    if ((r.width === 0 && r.height === 0) || !node.checkVisibility()) continue;
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
      outside.push(`${node.tagName.toLowerCase()}.${node.className?.baseVal ?? node.className}`);
  }
  const legend = host.shadowRoot.querySelector('.legend');
  const shown = legend?.checkVisibility();
  return {
    outside: outside.slice(0, 6),
    legend: !legend
      ? 'none'
      : !shown
        ? 'folded'
        : legend.scrollWidth > legend.clientWidth + 1
          ? 'SCROLLS'
          : 'fits',
  };
}

async function shoot(
  name,
  {
    width,
    height = width === 414 ? 896 : 740,
    scheme = 'light',
    lang = 'en',
    src,
    page = 'demo/index.html',
    act,
  },
) {
  const tab = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
  await tab.goto(new URL(page, base).href);
  const timeline = tab.locator('diplomacy-timeline');
  await timeline.locator('.mark').first().waitFor();
  await tab.evaluate(
    ([lang, src]) => {
      document.documentElement.lang = lang;
      if (src) document.querySelector('diplomacy-timeline').setAttribute('src', src);
    },
    [lang, src],
  );
  if (src)
    await tab.waitForFunction(
      () =>
        document.querySelector('diplomacy-timeline').shadowRoot.querySelectorAll('.legend-item')
          .length >= 8,
    );
  await timeline.scrollIntoViewIfNeeded();
  if (act) await act(tab, timeline);
  await tab.waitForTimeout(500);
  const file = `${out}/${name}.png`;
  if (page.includes('presentation')) await tab.screenshot({ path: file });
  else await timeline.screenshot({ path: file });
  const seen = await timeline.evaluate(overflow);
  console.log(name, JSON.stringify(seen));
  shots.push(file);
  await tab.close();
}

const only = process.argv[4];
const jobs = [];
for (const width of [320, 375, 414, 1440])
  for (const scheme of ['light', 'dark'])
    for (const lang of ['en', 'id']) {
      jobs.push([`main-${width}-${scheme}-${lang}`, { width, scheme, lang }]);
      if (width !== 1440)
        jobs.push([`many-${width}-${scheme}-${lang}`, { width, scheme, lang, src: MANY }]);
    }
/** A short phone box folds the search row into a header button: opened first. */
const openRow = async (t) => {
  const toggle = t.locator('[part~="control-filters"]');
  if (await toggle.isVisible()) await toggle.click();
};
const openLegend = async (tab, t) => {
  await openRow(t);
  await t.locator('[part="legend-toggle"]').click();
  await t.locator('[part="legend-item"]').first().waitFor();
};
for (const scheme of ['light', 'dark']) {
  for (const width of [320, 414])
    jobs.push([
      `legend-open-${width}-${scheme}-id`,
      { width, scheme, lang: 'id', src: MANY, act: openLegend },
    ]);
  jobs.push([`legend-open-375-${scheme}-en`, { width: 375, scheme, act: openLegend }]);
  jobs.push([
    `search-375-${scheme}-id`,
    {
      width: 375,
      scheme,
      lang: 'id',
      act: async (tab, t) => {
        await openRow(t);
        await t.locator('[part="search-input"]').fill('zzz');
      },
    },
  ]);
  jobs.push([
    `detail-375-${scheme}-id`,
    {
      width: 375,
      scheme,
      lang: 'id',
      act: async (tab, t) => {
        await t.locator('.mark').nth(2).click();
        await t.locator('.detail').waitFor();
      },
    },
  ]);
  jobs.push([
    `export-375-${scheme}`,
    {
      width: 375,
      scheme,
      act: async (tab, t) => {
        await t.locator('[part~="control-export"]').click();
      },
    },
  ]);
  jobs.push([
    `list-375-${scheme}-id`,
    {
      width: 375,
      scheme,
      lang: 'id',
      act: async (tab, t) => {
        await t.locator('.list-toggle').click();
      },
    },
  ]);
  jobs.push([
    `presentation-375-${scheme}`,
    { width: 375, height: 740, scheme, page: 'demo/presentation.html' },
  ]);
  jobs.push([
    `presentation-414-${scheme}-id`,
    { width: 414, height: 896, scheme, lang: 'id', page: 'demo/presentation.html' },
  ]);
}
for (const [name, options] of jobs) if (!only || name.includes(only)) await shoot(name, options);
await browser.close();
console.log(shots.length, 'screenshots in', out);
