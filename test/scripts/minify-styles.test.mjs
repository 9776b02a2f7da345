// The build minifies the CSS of every css`` template (scripts/minify-styles.mjs), and stops on
// one it cannot minify instead of shipping it as written.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { minifyStyleTemplates } from '../../scripts/minify-styles.mjs';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

describe('minifyStyleTemplates', () => {
  it('minifies the CSS of each template and keeps its rules', () => {
    const code =
      "import { css } from 'lit';\nexport const a = css`\n  .a {\n    color: red;\n  }\n`;\n";
    assert.equal(
      minifyStyleTemplates(code, 'src/view/a.styles.ts'),
      "import { css } from 'lit';\nexport const a = css`.a{color:red}`;\n",
    );
  });

  it('leaves files other than *.styles.ts alone', () => {
    assert.equal(minifyStyleTemplates('const a = css`.a { color: red }`;', 'src/view/a.ts'), null);
  });

  it('fails, naming the file and line, on a template with an interpolation', () => {
    const code = 'const a = css`.a { color: red }`;\nconst b = css`.b { width: ${size}px }`;\n';
    assert.throws(() => minifyStyleTemplates(code, 'src/view/b.styles.ts'), {
      message: /^src\/view\/b\.styles\.ts:2: .*cannot be minified/,
    });
  });

  it('fails on CSS the minifier warns about', () => {
    const code = 'const a = css`\n.a { color: red;\n`;\n';
    assert.throws(() => minifyStyleTemplates(code, 'src/view/c.styles.ts'), {
      message: /^src\/view\/c\.styles\.ts:1: the CSS minifier warns/,
    });
  });

  it('fails on a template it does not find whole', () => {
    const code = 'const a = css`.a { color: red }`;\nconst b = css`.b { color: red }\n';
    assert.throws(() => minifyStyleTemplates(code, 'src/view/d.styles.ts'), /not found whole/);
  });

  it('minifies every styles file of src/', () => {
    const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.styles.ts'));
    assert.ok(files.length > 5);
    for (const file of files) {
      const code = readFileSync(src + file, 'utf8');
      const out = minifyStyleTemplates(code, file);
      assert.ok(out && out.length < code.length, file);
    }
  });
});
