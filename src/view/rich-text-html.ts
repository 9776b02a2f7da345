import DOMPurify from 'dompurify';
import { SAFE_URL } from '../data/safe-url.js';

/**
 * The rich-text subset of descriptions (paragraphs, **bold**, *italic*, [links](https://…))
 * as HTML. Loaded only when a description uses it: DOMPurify is about 8 KiB gzip.
 *
 * The text is escaped first and only our own tags are added, then DOMPurify keeps nothing
 * but those tags: two guards, so a mistake in one is caught by the other.
 */
const LINK = /\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function inline(text: string): string {
  return (
    escapeHtml(text)
      // The address may hold one level of brackets, as Wikipedia's often do.
      .replace(LINK, (_, label: string, url: string) =>
        // A link to anything but http, https or mailto keeps its label as text.
        SAFE_URL.test(url) ? `<a href="${url}">${label}</a>` : label,
      )
      .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
      .replace(/\*(?=\S)([^*]*?\S)\*/g, '<em>$1</em>')
  );
}

let configured = false;

const CONFIG = {
  ALLOWED_TAGS: ['p', 'strong', 'em', 'a'],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: SAFE_URL,
};

function configure(): void {
  if (configured) return;
  configured = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

function purify(html: string): string {
  configure();
  return DOMPurify.sanitize(html, CONFIG);
}

/** Paragraphs (separated by a blank line) of inline rich text, as sanitised HTML. */
export function richTextHtml(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${inline(p)}</p>`);
  return purify(paragraphs.join(''));
}

/**
 * Runs HTML through the allow-list and returns it as nodes in a `<div>`, which Lit renders
 * as a child: the sanitised markup never passes through innerHTML of ours again. DOMPurify
 * hands back a fragment (parsed through its own Trusted Types policy), so no string reaches
 * an HTML sink: under `require-trusted-types-for 'script'` a string given to innerHTML is
 * refused, and the description fell back to plain text with an error in the page.
 */
export function sanitizedElement(html: string): HTMLElement {
  configure();
  const div = document.createElement('div');
  div.append(DOMPurify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }));
  return div;
}

/** The rich text as sanitised nodes, ready to render. */
export function richTextElement(text: string): HTMLElement {
  return sanitizedElement(richTextHtml(text));
}
