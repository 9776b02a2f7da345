// controllers/ is a promise (STYLE.md): each file there is a Lit ReactiveController that the
// host registers and that uses at least one lifecycle hook, with no empty hook written to
// satisfy the interface. A tween, a codec, a loader or a class with no lifecycle lives where
// its idea lives (animation/, hash/, element/ …); import-graph.test.mjs keeps them independent.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const dir = fileURLToPath(new URL('../../src/controllers/', import.meta.url));
const HOOKS = ['hostConnected', 'hostDisconnected', 'hostUpdate', 'hostUpdated'];

/** The classes of `file` that implement ReactiveController, with what they do of its part. */
function controllersIn(file) {
  const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), 99, true);
  const found = [];
  for (const node of source.statements) {
    if (!ts.isClassDeclaration(node)) continue;
    const implemented = (node.heritageClauses ?? []).flatMap((c) =>
      c.types.map((t) => t.getText()),
    );
    if (!implemented.includes('ReactiveController')) continue;
    const hooks = node.members.filter(
      (m) => ts.isMethodDeclaration(m) && HOOKS.includes(m.name.getText()),
    );
    found.push({
      name: node.name.getText(),
      registers: node.members.some(
        (m) => ts.isConstructorDeclaration(m) && /\.addController\(this\)/.test(m.getText()),
      ),
      hooks: hooks.map((m) => m.name.getText()),
      empty: hooks
        .filter((m) => m.body && m.body.statements.length === 0)
        .map((m) => m.name.getText()),
    });
  }
  return found;
}

describe('src/controllers/', () => {
  const files = readdirSync(dir).filter((file) => file.endsWith('.ts'));

  it('holds files to check', () => assert.ok(files.length > 5, `${files.length} files`));

  for (const file of files) {
    it(`${file} is a ReactiveController the host registers, with hooks it uses`, () => {
      const [controller, ...more] = controllersIn(file);
      assert.ok(controller, 'no class implements ReactiveController');
      assert.deepEqual(more, [], 'one controller per file');
      assert.ok(controller.registers, `${controller.name} never calls host.addController(this)`);
      assert.ok(controller.hooks.length > 0, `${controller.name} uses no lifecycle hook`);
      assert.deepEqual(controller.empty, [], `${controller.name} has empty hooks`);
    });
  }
});
