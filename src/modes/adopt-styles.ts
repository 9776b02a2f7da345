import type { CSSResult } from 'lit';

/** Adds a mode's styles, which arrive after the element's own, to its shadow root. */
export function adoptStyles(host: HTMLElement, styles: CSSResult): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (root && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Adds styles that belong with the element's own (`own` sheets, its static styles) but
 * arrive later, in a chunk: placed after those and before any mode's, so the cascade is
 * what it would be had they been there from the start.
 */
export function adoptOwnStyles(host: HTMLElement, styles: CSSResult, own: number): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (!root || !sheet) return;
  const sheets = [...root.adoptedStyleSheets];
  sheets.splice(own, 0, sheet);
  root.adoptedStyleSheets = sheets;
}
