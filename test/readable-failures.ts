// A failed assertion reaches the runner as a structured clone of its `actual` and `expected`.
// A DOM node cannot be cloned: the page never reports, and the runner waits (over 4 minutes
// seen, until stopped) or loses the browser instead of naming the failing check. The runner's page loads this
// module before any test (web-test-runner.config.mjs, `testRunnerHtml`), so every failure
// carries a short description of such a value instead, whatever the assertion.
// Chai itself, not @open-wc/testing: loaded before mocha defines `afterEach`, that package
// would not register the fixture cleanup, and every test would find the last one's widgets.
import { Assertion, AssertionError, expect, util } from '@esm-bundle/chai';

/** An element as a reader of a failure can tell it apart: tag, part, and its name or text. */
export function describeNode(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (!(node instanceof Node)) return String(node);
  if (!(node instanceof Element)) return node.nodeName;
  const partName = node.getAttribute('part');
  const name = (node.getAttribute('aria-label') ?? node.textContent ?? '').replace(/\s+/g, ' ');
  return [
    `<${node.localName}${node.id ? `#${node.id}` : ''}>`,
    partName && `part="${partName}"`,
    name.trim() && `"${name.trim().slice(0, 60)}"`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** What the runner can carry: the value itself when it clones, else a description of it. */
function cloneable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    return value instanceof Node ? describeNode(value) : util.inspect(value).slice(0, 300);
  }
}

/**
 * `actual` is the very node `expected` (where focus is, a part found by another name); a
 * failure says in words what was found instead: `what`; found <summary> "PNG"`.
 */
export function expectSame(actual: unknown, expected: Node | null | undefined, what: string): void {
  if (actual !== expected) expect.fail(`${what}; found ${describeNode(actual)}`);
}

// Once per page: the runner's page and the tests that import expectSame share this module.
const { assert } = Assertion.prototype;
Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: unknown[]) {
  try {
    (assert as (...a: unknown[]) => void).apply(this, args);
  } catch (error) {
    if (error instanceof AssertionError) {
      const failure = error as { actual?: unknown; expected?: unknown };
      failure.actual = cloneable(failure.actual);
      failure.expected = cloneable(failure.expected);
    }
    throw error;
  }
} as typeof assert;
