// The demo as a new user meets it: `npm start` (Vite's dev server, with the repository's
// config) right after `npm install`, every page opened in headless Chromium. Nothing may be
// said on the console, and the generator's code must work in another site's page.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromeArgs, chromePath } from '../../scripts/chrome-path.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = readdirSync(new URL('../../demo/', import.meta.url)).filter((f) =>
  f.endsWith('.html'),
);

let vite;
let origin;
let browser;
before(async () => {
  vite = await createServer({ root, logLevel: 'silent', server: { port: 0, open: false } });
  await vite.listen();
  origin = vite.resolvedUrls.local[0].replace(/\/$/, '');
  browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
});
after(async () => {
  await browser?.close();
  await vite?.close();
});

/** Opens a page, waits until every timeline in it has drawn or said why not; what was said. */
async function visit(address) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The browser asks for /favicon.ico by itself; the pages name none.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  const said = [];
  page.on('console', (m) => {
    if (['warning', 'error'].includes(m.type())) said.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (error) => said.push(`uncaught: ${error.message}`));
  await page.goto(address, { waitUntil: 'networkidle' });
  for (const frame of page.frames()) {
    await frame.waitForFunction(() =>
      [...document.querySelectorAll('diplomacy-timeline')].every((el) =>
        el.shadowRoot?.querySelector('.mark, .range, .cluster, [role="alert"], .slide'),
      ),
    );
  }
  return { page, said };
}

describe('npm start', () => {
  it('serves every demo page without a warning or an error on the console', async () => {
    assert.ok(pages.length >= 8, pages.join());
    const heard = {};
    for (const file of pages) {
      const { page, said } = await visit(`${origin}/demo/${file}`);
      if (said.length) heard[file] = said;
      await page.close();
    }
    assert.deepEqual(heard, {});
  });

  it('writes generator code that draws the timeline in another site’s page', async () => {
    const { page, said } = await visit(`${origin}/demo/generator.html`);
    assert.ok(
      await page.locator('#dev-note').isVisible(),
      'the page says the code is for npm start',
    );
    const code = await page.locator('#script-code').inputValue();
    assert.match(code, /<diplomacy-timeline [^>]*>\n<ol aria-label=/);
    assert.deepEqual(said, []);
    await page.close();
    // A blog on another origin, holding the code as the reader pasted it.
    const blog = createHttpServer((req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!doctype html><html lang="en"><title>Blog</title><body>${code}</body></html>`),
    );
    await new Promise((resolve) => blog.listen(0, '127.0.0.1', resolve));
    try {
      const { page: post, said: saidThere } = await visit(
        `http://127.0.0.1:${blog.address().port}/`,
      );
      const marks = post.locator('diplomacy-timeline .mark');
      assert.ok((await marks.count()) > 5);
      assert.deepEqual(saidThere, []);
      await post.close();
    } finally {
      blog.close();
    }
  });
});
