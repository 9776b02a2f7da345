// What a reader without JavaScript gets: a page that writes its events inside the element (the
// list `diplomacy-timeline html` prints) and loads the built module, opened in headless
// Chromium with scripts off, and with the module blocked (a strict CSP, an ad blocker).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome-path.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const list = execFileSync(
  process.execPath,
  [join(root, 'dist/cli.js'), 'html', 'data/indonesia-digital-diplomacy.json'],
  { cwd: root, encoding: 'utf8' },
);
const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>An article with a timeline</title>
    <script type="module" src="/dist/diplomacy-timeline.js"></script>
  </head>
  <body>
    <main>
      <h1>Indonesia goes digital</h1>
      <p>The story so far:</p>
      <diplomacy-timeline src="/data/indonesia-digital-diplomacy.json">
${list}
      </diplomacy-timeline>
    </main>
  </body>
</html>`;

let server;
let browser;
let address;
before(async () => {
  const types = { '.js': 'text/javascript', '.json': 'application/json' };
  server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/article.html')
      return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    try {
      const body = readFileSync(join(root, path));
      return res.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/plain' }).end(body);
    } catch {
      return res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  address = `http://127.0.0.1:${server.address().port}/article.html`;
  browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
});
after(async () => {
  await browser?.close();
  server?.close();
});

describe('the events written inside the element, without JavaScript', () => {
  it('are shown as a readable list: each date and title on screen, links that work', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    const tab = await context.newPage();
    await tab.goto(address);
    // The module did not run: the element is not defined, and its list is all there is.
    assert.equal(await tab.locator('diplomacy-timeline').evaluate((el) => !!el.shadowRoot), false);
    const items = tab.locator('diplomacy-timeline ol > li');
    const dataset = JSON.parse(readFileSync(join(root, 'data/indonesia-digital-diplomacy.json')));
    assert.equal(await items.count(), dataset.events.length);
    for (const item of await items.all()) {
      const box = await item.boundingBox();
      assert.ok(box && box.width > 200 && box.height > 20, 'each event takes room on screen');
      assert.ok(box.x >= 0 && box.x + box.width <= 375, 'and fits a phone’s width');
    }
    // Read as a person reads it: the date, then the title, then what happened.
    const founded = await items.filter({ hasText: 'Public Diplomacy founded' }).innerText();
    assert.match(
      founded,
      /^2002\s+Directorate General of Information and Public Diplomacy founded\s+In its/,
    );
    const link = tab.locator('diplomacy-timeline a[href]').first();
    assert.match(await link.getAttribute('href'), /^https:\/\//);
    assert.ok(await link.isVisible());
    await context.close();
  });

  it('passes axe with no violation when the module is blocked', async () => {
    const context = await browser.newContext();
    // A strict CSP or an ad blocker drops the module: the page stays as its HTML wrote it.
    await context.route(/\/dist\//, (route) => route.abort('blockedbyclient'));
    const tab = await context.newPage();
    await tab.goto(address);
    assert.equal(await tab.evaluate(() => customElements.get('diplomacy-timeline')), undefined);
    await tab.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await tab.evaluate(async () =>
      (await window.axe.run(document)).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    );
    assert.deepEqual(violations, []);
    await context.close();
  });
});
