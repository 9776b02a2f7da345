import { transformSync } from 'esbuild';

/** Each css`` template of a source file, with what is inside its backquotes. */
const TEMPLATE = /\bcss`((?:[^`\\]|\\[^])*)`/g;

/**
 * Minifies the CSS inside Lit's css`` templates of a *.styles.ts file with esbuild's CSS
 * minifier: the bundle ships rules, not indentation. Our styles are plain CSS (a size the
 * layout shares reaches them as a custom property, view/size-properties.ts). A template this
 * cannot minify (an interpolation, a backslash, CSS esbuild warns about) throws, naming the
 * file and line: left as it is, it would ship unminified, or half minified, unseen.
 *
 * @param {string} code the module's source
 * @param {string} id its path
 * @returns {string | null} the source with its templates minified; null for other files
 */
export function minifyStyleTemplates(code, id) {
  if (!id.endsWith('.styles.ts')) return null;
  const where = (/** @type {number} */ offset) =>
    `${id}:${code.slice(0, offset).split('\n').length}`;
  const found = [...code.matchAll(/\bcss`/g)].length;
  let minified = 0;
  const out = code.replace(TEMPLATE, (_match, /** @type {string} */ body, offset) => {
    if (/[$\\]/.test(body)) {
      throw new Error(
        `${where(offset)}: a css\`\` template with \${…} or a backslash cannot be minified; write plain CSS`,
      );
    }
    const result = transformSync(body, { loader: 'css', minify: true, logLevel: 'silent' });
    if (result.warnings.length) {
      const [first] = result.warnings;
      throw new Error(`${where(offset)}: the CSS minifier warns: ${first?.text}`);
    }
    minified++;
    return `css\`${result.code.trim()}\``;
  });
  if (minified !== found) throw new Error(`${id}: a css\`\` template was not found whole`);
  return out;
}
