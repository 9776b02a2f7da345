import type { CSSResult } from 'lit';

/**
 * Adds styles that arrive later, in a chunk, to the element's shadow root: after all it has
 * (a mode's), or after its first `at` sheets (styles that belong with its static ones, before
 * any mode's), so the cascade is what it would be had they been there from the start.
 */
export function adoptStyles(host: HTMLElement, styles: CSSResult, at?: number): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (!root || !sheet) return;
  const sheets = [...root.adoptedStyleSheets];
  sheets.splice(at ?? sheets.length, 0, sheet);
  root.adoptedStyleSheets = sheets;
}
