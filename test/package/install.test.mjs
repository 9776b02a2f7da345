// The package as a user installs it: `npm pack`, installed from the tarball into a fresh
// project with React and another Lit element beside it, built by Vite (the repository's
// own), type-checked by tsc, and the page shown in headless Chromium. Run by `npm test`
// after the build; it needs the npm registry or an npm cache that holds React.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromeArgs, chromePath } from '../../scripts/chrome-path.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const repo = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const app = mkdtempSync(join(tmpdir(), 'dt-package-'));

/** Writes the app's files: what a developer adding the widget to a React page would write. */
function writeApp(tarball) {
  const write = (path, text) => writeFileSync(join(app, path), text);
  write(
    'package.json',
    JSON.stringify({
      name: 'an-app',
      private: true,
      type: 'module',
      dependencies: {
        'diplomacy-timeline': `file:${tarball}`,
        lit: repo.dependencies.lit,
        react: repo.devDependencies.react,
        'react-dom': repo.devDependencies['react-dom'],
      },
    }),
  );
  write(
    'index.html',
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An app</title><link rel="icon" href="data:,"></head>
<body><hello-lit></hello-lit><div id="root"></div><script type="module" src="/main.js"></script></body>
</html>`,
  );
  // React 19 sets `data` as a property and listens to `ontimeline-select` on a custom element.
  write(
    'main.js',
    `import 'diplomacy-timeline';
import { LitElement, html } from 'lit';
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

class HelloLit extends LitElement {
  render() { return html\`<p>Another Lit element</p>\`; }
}
customElements.define('hello-lit', HelloLit);

const data = {
  title: 'Given by React',
  events: [
    { id: 'first', start: '2001', title: 'First event' },
    { id: 'second', start: '2010-05', title: 'Second event' },
  ],
};

function App() {
  const [chosen, setChosen] = useState('none');
  return h('main', null,
    h('p', { id: 'chosen' }, 'Chosen: ' + chosen),
    h('diplomacy-timeline', {
      data,
      lang: 'en',
      style: { display: 'block', width: '900px', height: '400px' },
      'ontimeline-select': (event) => setChosen(event.detail.id ?? 'none'),
    }),
  );
}
createRoot(document.getElementById('root')).render(h(App));
`,
  );
  // What a TypeScript user writes; each line must type-check, and the wrong one must not.
  write(
    'typed.ts',
    `import 'diplomacy-timeline';
import type { Dataset, DiplomacyTimeline, TimelineEvent } from 'diplomacy-timeline';

const el = document.querySelector('diplomacy-timeline');
if (el) {
  const timeline: DiplomacyTimeline = el;
  timeline.data = { events: [{ id: 'a', start: '2002', title: 'A' }] };
  timeline.src = 'events.json';
  timeline.zoomTo('2000', new Date());
  timeline.select('a');
  const shown: Date = timeline.visibleRange.start;
  timeline.addEventListener('timeline-select', (event) => {
    const id: string | null = event.detail.id;
    const chosen: TimelineEvent | null = event.detail.event;
    console.log(id, chosen?.title, shown);
  });
  timeline.addEventListener('timeline-load', (event) => {
    const dataset: Dataset = event.detail.dataset;
    console.log(dataset.events.length);
  });
  // @ts-expect-error zoomBy takes a number
  timeline.zoomBy('2');
}
`,
  );
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom', 'dom.iterable'],
        strict: true,
        noEmit: true,
        // Lit's and the DOM's own declarations are not ours to check (and take minutes);
        // ours are, and the @ts-expect-error line fails if they ever resolve to any.
        skipLibCheck: true,
        types: [],
      },
      files: ['typed.ts'],
    }),
  );
}

function withoutComments(code) {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** Serves the built app, as any static host would. */
function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    try {
      const body = readFileSync(join(dir, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': types[extname(path) || '.html'] ?? 'text/plain' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the package, packed and installed into a Vite app with React and Lit', () => {
  let bundle = '';
  before(async () => {
    const [{ filename }] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', app], {
        cwd: root,
        encoding: 'utf8',
      }),
    );
    writeApp(join(app, filename));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: app,
      stdio: 'pipe',
    });
    await build({ root: app, logLevel: 'silent', configFile: false });
    const assets = join(app, 'dist/assets');
    bundle = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8'))
      .join('\n');
  });
  after(() => rmSync(app, { recursive: true, force: true }));

  it('bundles one copy of Lit, shared by the timeline and the app’s own element', () => {
    // Each copy of lit-html, LitElement and ReactiveElement registers its version once.
    for (const registry of ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions']) {
      assert.equal(bundle.split(registry).length - 1, 1, registry);
    }
    assert.doesNotMatch(bundle, /allFunctionsCalledOnLoad/, 'the self-contained module came in');
  });

  it('installs only the dependencies its entry imports, and gives types that resolve', () => {
    const imported = new Set();
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.js'))
          // Comments left out: their words ("from \"show everything\"") are no import.
          for (const [, name] of withoutComments(readFileSync(path, 'utf8')).matchAll(
            /(?:from|import\()\s*["']((?:@[^/"']+\/)?[^./"'][^/"']*)/g,
          ))
            imported.add(name);
      }
    };
    walk(join(app, 'node_modules/diplomacy-timeline/dist/lib'));
    assert.deepEqual([...imported].sort(), Object.keys(repo.dependencies).sort());
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], {
      cwd: app,
      stdio: 'pipe',
    });
  });

  it('draws the timeline React gave data to, and React hears timeline-select', async () => {
    const server = await serve(join(app, 'dist'));
    const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
    try {
      const page = await browser.newPage();
      const said = [];
      page.on('console', (message) => {
        if (['warning', 'error'].includes(message.type())) said.push(message.text());
      });
      page.on('pageerror', (error) => said.push(String(error)));
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      const second = page.locator('diplomacy-timeline .mark', { hasText: 'Second event' });
      await second.click();
      await page.locator('#chosen', { hasText: 'Chosen: second' }).waitFor();
      assert.equal(await page.locator('hello-lit p').textContent(), 'Another Lit element');
      assert.equal(await page.evaluate(() => window.litHtmlVersions.length), 1);
      assert.deepEqual(said, []);
    } finally {
      await browser.close();
      server.close();
    }
  });

  it('runs `npx diplomacy-timeline validate` from the installed package', () => {
    mkdirSync(join(app, 'data'), { recursive: true });
    writeFileSync(
      join(app, 'data/events.json'),
      JSON.stringify({ events: [{ id: 'a', start: '2002', title: 'A' }] }),
    );
    const out = execFileSync(
      'npx',
      ['--no-install', 'diplomacy-timeline', 'validate', 'data/events.json'],
      {
        cwd: app,
        encoding: 'utf8',
      },
    );
    assert.match(out, /data\/events\.json: 1 events?, no problems/);
  });
});
