import type { CSSResult } from 'lit';

/** Adds a mode's styles, which arrive after the element's own, to its shadow root. */
export function adoptStyles(host: HTMLElement, styles: CSSResult): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (root && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
