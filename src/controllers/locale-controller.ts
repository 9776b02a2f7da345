import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale } from '../i18n/locales.js';
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

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The messages resolved at the last `resolve()`. */
  get messages(): Messages {
    return this.resolved;
  }

  /** Looks up the language again; the host calls it once per update, before rendering. */
  resolve(): Messages {
    this.resolved = resolveLocale(inheritedLang(this.host));
    return this.resolved;
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
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
