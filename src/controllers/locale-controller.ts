import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localesVersion, resolveLocale } from '../i18n/locales.js';
import type { Messages } from '../i18n/messages.js';

/** The element's own `lang`, else the nearest ancestor's, crossing shadow roots. */
function inheritedLang(element: HTMLElement): string | null {
  if (element.lang) return element.lang;
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * The language the widget speaks: its `lang`, or the page's, falling back to English. It
 * follows changes to the document's `lang` too, so a page that switches language switches us.
 */
export class LocaleController implements ReactiveController {
  private observer?: MutationObserver;
  private resolved: Messages = resolveLocale(null);
  /** What the last lookup depended on; the ancestors are walked again only when it changes. */
  private resolvedFor?: { ownLang: string; version: number };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The messages resolved at the last `resolve()`. */
  get messages(): Messages {
    return this.resolved;
  }

  /**
   * The language to speak now; the host calls it once per update, before rendering. It walks
   * the ancestors only when something it depends on may have changed: the element's own
   * `lang`, a `lang` in the document, where the element sits, or the table of languages
   * (not on every zoom frame).
   */
  resolve(): Messages {
    const ownLang = this.host.lang;
    const last = this.resolvedFor;
    if (last && last.ownLang === ownLang && last.version === localesVersion) return this.resolved;
    this.resolved = resolveLocale(inheritedLang(this.host));
    this.resolvedFor = { ownLang, version: localesVersion };
    return this.resolved;
  }

  hostConnected(): void {
    // Moved to another place in the page: its ancestors may speak another language.
    if (this.resolvedFor) {
      this.resolvedFor = undefined;
      this.host.requestUpdate();
    }
    this.observer = new MutationObserver(() => {
      this.resolvedFor = undefined;
      this.host.requestUpdate();
    });
    this.observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
