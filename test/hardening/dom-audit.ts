/**
 * What the widget may put in its shadow DOM, whatever the dataset holds: the elements and
 * attributes its own templates write, nothing a dataset could add. A test fails on anything
 * else, so markup smuggled in through text would be seen even if it did not run.
 */
const ELEMENTS = new Set([
  'a',
  // Quotes and players of event media (media.ts).
  'blockquote',
  'button',
  // The notice of rows left out and the download-image menu (notice.ts, export-menu.ts).
  'details',
  'div',
  // Rich descriptions (DOMPurify keeps p, strong, em and a only: rich-text-html.ts).
  'em',
  // Event images (detail-card.ts, slide.ts) and kiosk QR codes (kiosk.ts).
  'figcaption',
  'figure',
  'g',
  'h2',
  'h3',
  // A provider's player, once the reader presses play (media.ts).
  'iframe',
  'img',
  // The search box (filters.ts).
  'input',
  'li',
  'line',
  'ol',
  'p',
  'path',
  'rect',
  'section',
  'span',
  'strong',
  'summary',
  'svg',
  'text',
  'ul',
]);

const ATTRIBUTES = new Set([
  'class',
  'd',
  'data-category',
  'data-end',
  'data-index',
  'data-start',
  'height',
  'hidden',
  'href',
  'id',
  'lang',
  'part',
  'placeholder',
  'rel',
  'role',
  'shape-rendering',
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

/**
 * Attributes the templates write on one kind of element only, with the values they may hold.
 * A function checks a value that comes from the dataset (an image's address); `true` lets any
 * value through, for text the dataset gives that is only ever an attribute value (alt, a
 * category id), never markup: the element audit above would see anything it made.
 */
const ONLY_ON: Record<
  string,
  { tags: readonly string[]; value: true | RegExp | ((v: string) => boolean) }
> = {
  allow: { tags: ['iframe'], value: /^autoplay; encrypted-media; fullscreen; picture-in-picture$/ },
  allowfullscreen: { tags: ['iframe'], value: /^$/ },
  alt: { tags: ['img'], value: true },
  'data-category': { tags: ['button'], value: true },
  decoding: { tags: ['img'], value: /^async$/ },
  // The first and last slides' step buttons (slide.ts).
  disabled: { tags: ['button'], value: /^$/ },
  fill: { tags: ['rect', 'path'], value: /^#(?:fff|000)$/ },
  loading: { tags: ['img'], value: /^lazy$/ },
  placeholder: { tags: ['input'], value: true },
  referrerpolicy: { tags: ['iframe'], value: /^strict-origin-when-cross-origin$/ },
  sandbox: {
    tags: ['iframe'],
    value: /^allow-scripts allow-same-origin allow-presentation allow-popups$/,
  },
  'shape-rendering': { tags: ['svg'], value: /^crispEdges$/ },
  src: { tags: ['img', 'iframe'], value: safeImageSource },
  // Rich-text links (DOMPurify's hook) and source links open apart from the page.
  target: { tags: ['a'], value: /^_blank$/ },
  rel: { tags: ['a'], value: /^(?:noopener|noreferrer| )+$/ },
};

/** An image address: http or https, or relative to the page and so http(s) too. */
function safeImageSource(src: string): boolean {
  try {
    return (
      /^https?:$/.test(new URL(src, document.baseURI).protocol) &&
      !/^\s*(?:javascript|data|vbscript|blob):/i.test(src)
    );
  } catch {
    return false;
  }
}

/** The only hosts a frame may load: the providers' players, over https. */
const PLAYERS =
  /^https:\/\/(?:www\.youtube-nocookie\.com|player\.vimeo\.com|geo\.dailymotion\.com|w\.soundcloud\.com)\//;

/** Style properties the views set; values may not load anything. */
const STYLE_PROPERTIES = new Set([
  'transform',
  'width',
  'max-width',
  '--dt-event-color',
  // A range's tinted bar (marks.ts): its true width inside a wider target.
  '--_bar',
  // Lane labels (lanes.ts) are placed by pixel.
  'top',
  'height',
]);

const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;
/** Lit's own comment markers: `<!---->`, `<!--?lit$123$-->`, and `<!--?-->` in development. */
const LIT_MARKER = /^(?:\?(?:lit\$\d+\$)?)?$/;
/** Comments written in the widget's own templates (static text, never the dataset's). */
const TEMPLATE_COMMENTS = new Set([
  ' A Tab stop: on a short screen the slide scrolls, and keys must reach what is hidden. ',
]);

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
        if (!LIT_MARKER.test(data) && !TEMPLATE_COMMENTS.has(data))
          found.push(`comment <!--${data}-->`);
        continue;
      }
      const element = node as Element;
      const tag = element.localName;
      if (!ELEMENTS.has(tag)) found.push(`element <${tag}>`);
      for (const { name, value } of element.attributes) {
        if (!ATTRIBUTES.has(name) && !(name in ONLY_ON) && !name.startsWith('aria-')) {
          found.push(`attribute ${name}="${value}" on <${tag}>`);
        }
      }
      for (const [name, rule] of Object.entries(ONLY_ON)) {
        const value = element.getAttribute(name);
        if (value === null) continue;
        if (!rule.tags.includes(tag)) found.push(`attribute ${name}="${value}" on <${tag}>`);
        else if (rule.value !== true) {
          const ok = typeof rule.value === 'function' ? rule.value(value) : rule.value.test(value);
          if (!ok) found.push(`${name} "${value}" on <${tag}>`);
        }
      }
      const frame = element.getAttribute('src');
      if (tag === 'iframe' && !PLAYERS.test(frame ?? '')) found.push(`frame of "${frame}"`);
      if (tag === 'input' && element.getAttribute('type') !== 'search') {
        found.push(`input type "${element.getAttribute('type')}"`);
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
