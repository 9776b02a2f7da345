// Finding what a screen reader finds: an element by its role and accessible name, as the
// widget's markup gives them (its own elements and attributes; not a full ARIA engine).
import { accessibleName } from './helpers.js';

/** Where to look: inside the timeline's shadow root, or inside an element found there. */
export function scope(within: Element): ParentNode {
  return within.shadowRoot ?? within;
}

/** The implicit ARIA roles of the elements the widget writes (HTML-AAM). */
const IMPLICIT: Record<string, (element: Element) => string> = {
  a: (a) => (a.hasAttribute('href') ? 'link' : ''),
  button: () => 'button',
  details: () => 'group',
  dialog: () => 'dialog',
  figure: () => 'figure',
  h1: () => 'heading',
  h2: () => 'heading',
  h3: () => 'heading',
  h4: () => 'heading',
  img: (img) => (img.getAttribute('alt') === '' ? 'presentation' : 'img'),
  input: (input) =>
    ({ search: 'searchbox', checkbox: 'checkbox', radio: 'radio', button: 'button' })[
      (input as HTMLInputElement).type
    ] ?? 'textbox',
  li: () => 'listitem',
  ol: () => 'list',
  // Every engine offers a summary as a control to press, though HTML-AAM gives it no role.
  summary: () => 'button',
  section: (section) =>
    section.hasAttribute('aria-label') || section.hasAttribute('aria-labelledby') ? 'region' : '',
  ul: () => 'list',
};

/** The role a screen reader gives `element`: its `role` attribute, else its tag's own. */
export function roleOf(element: Element): string {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  return explicit || (IMPLICIT[element.localName]?.(element) ?? '');
}

/** Whether a reader can meet `element`: shown, and not hidden from assistive technology. */
export function perceivable(element: Element): boolean {
  if (element.closest('[aria-hidden="true"]')) return false;
  return element.checkVisibility({ visibilityProperty: true });
}

/**
 * Every element a reader would find with `role` and, when given, that accessible name (a
 * string matches the whole name, a RegExp any part), in document order. Hidden ones are left
 * out, as assistive technology leaves them out.
 */
export function allByRole<T extends Element = HTMLElement>(
  within: Element,
  role: string,
  name?: string | RegExp,
): T[] {
  return [...scope(within).querySelectorAll<T>('*')].filter(
    (element) =>
      roleOf(element) === role &&
      perceivable(element) &&
      (name === undefined ||
        (typeof name === 'string'
          ? accessibleName(element) === name
          : name.test(accessibleName(element)))),
  );
}

/** The first element a reader would find with `role` (and `name`); throws when there is none. */
export function byRole<T extends Element = HTMLElement>(
  within: Element,
  role: string,
  name?: string | RegExp,
): T {
  const found = allByRole<T>(within, role, name)[0];
  if (!found) {
    const named = name === undefined ? '' : ` named ${String(name)}`;
    throw new Error(`no ${role}${named} in ${within.localName}`);
  }
  return found;
}
