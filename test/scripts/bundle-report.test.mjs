// `npm run size`, as a developer reads it: what the module carries, and what loads apart.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const report = execFileSync('node', ['scripts/bundle-report.mjs'], { cwd: root, encoding: 'utf8' });
const [module, ...lazy] = report.split('\nloaded when needed: ');

describe('the bundle report', () => {
  it('counts in the module what every page loads', () => {
    for (const part of ['lit-html', 'd3-zoom', 'src/shims', 'src/view', 'src/data']) {
      assert.match(module, new RegExp(`%  ${part}\\n`), `${part} is missing from the module`);
    }
    const gzip = Number(/about (\d+) bytes gzip/.exec(module)?.[1]);
    // An estimate (CSS left unminified), but of the whole module, not of a part of it.
    assert.ok(gzip > 30_000 && gzip < 70_000, `the module estimated at ${gzip} bytes gzip`);
  });

  it('lists apart what loads only when a page needs it', () => {
    const apart = lazy.join('\n');
    const parts = ['dompurify', 'lean-qr', 'd3-dsv', 'valibot', 'src/modes/presentation.ts'];
    // The detail card: the first view does not show it (element/card-loader.ts).
    parts.push('src/view/detail-card.ts', 'src/view/detail-card.styles.ts');
    for (const part of parts) {
      assert.ok(apart.includes(part), `${part} is not listed as loaded when needed`);
      assert.ok(!module.includes(part), `${part} is counted in the module`);
    }
  });
});
