/**
 * What the widget may put in its shadow DOM, whatever the dataset holds: the elements and
 * attributes its own templates write, nothing a dataset could add. A test fails on anything
 * else, so markup smuggled in through text would be seen even if it did not run.
 */
const ELEMENTS = new Set([
  'a',
  'button',
  'div',
  'g',
  'h2',
  'h3',
  'li',
  'line',
  'ol',
  'p',
  'path',
  'section',
  'span',
  'svg',
  'text',
  'ul',
]);

const ATTRIBUTES = new Set([
  'class',
  'd',
  'data-end',
  'data-index',
  'data-start',
  'height',
  'hidden',
  'href',
  'id',
  'lang',
  'part',
  'rel',
  'role',
  'style',
  'tabindex',
  'target',
  'text-anchor',
  'title',
  'transform',
  'type',
  'viewBox',
  'width',
  'x',
  'x1',
  'x2',
  'y',
  'y1',
  'y2',
]);

/** Style properties the views set; values may not load anything. */
const STYLE_PROPERTIES = new Set(['transform', 'width', 'max-width', '--dt-event-color']);

const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;
/** Lit's own comment markers: `<!---->`, `<!--?lit$123$-->`, and `<!--?-->` in development. */
const LIT_MARKER = /^(?:\?(?:lit\$\d+\$)?)?$/;

/** Every element, attribute, link, style and comment under `root`, nested shadow roots too. */
export function auditShadowDom(root: ShadowRoot): string[] {
  const found: string[] = [];
  const visit = (scope: ShadowRoot) => {
    const walker = document.createTreeWalker(
      scope,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.COMMENT_NODE) {
        const data = (node as Comment).data;
        if (!LIT_MARKER.test(data)) found.push(`comment <!--${data}-->`);
        continue;
      }
      const element = node as Element;
      const tag = element.localName;
      if (!ELEMENTS.has(tag)) found.push(`element <${tag}>`);
      for (const { name, value } of element.attributes) {
        if (!ATTRIBUTES.has(name) && !name.startsWith('aria-')) {
          found.push(`attribute ${name}="${value}" on <${tag}>`);
        }
      }
      const href = element.getAttribute('href');
      if (href !== null && !SAFE_HREF.test(href)) found.push(`href "${href}"`);
      if (element instanceof HTMLElement || element instanceof SVGElement) {
        const style = element.style;
        for (let i = 0; i < style.length; i++) {
          const property = style.item(i);
          const value = style.getPropertyValue(property);
          if (!STYLE_PROPERTIES.has(property) || /url\(|expression|image/i.test(value)) {
            found.push(`style ${property}: ${value} on <${tag}>`);
          }
        }
        const color = style.getPropertyValue('--dt-event-color');
        if (color && !/^#[0-9a-f]{6}$/i.test(color.trim())) found.push(`colour "${color}"`);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/**
 * Traps for a payload that runs: `alert`, `confirm`, `prompt` and `print` are replaced by
 * spies, and the sentinel global `__xss` notes any read, write or call. `restore()` puts the
 * originals back; `touched` lists what happened.
 */
export function trapScripts(): { touched: string[]; restore: () => void } {
  const touched: string[] = [];
  const names = ['alert', 'confirm', 'prompt', 'print'] as const;
  const originals = names.map((name) => window[name]);
  for (const name of names) {
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      touched.push(`${name}(${args.join(',')})`);
      return null;
    };
  }
  Object.defineProperty(window, '__xss', {
    configurable: true,
    get() {
      touched.push('read __xss');
      return () => touched.push('called __xss()');
    },
    set() {
      touched.push('wrote __xss');
    },
  });
  return {
    touched,
    restore() {
      names.forEach((name, i) => {
        (window as unknown as Record<string, unknown>)[name] = originals[i];
      });
      delete (window as unknown as Record<string, unknown>).__xss;
    },
  };
}
