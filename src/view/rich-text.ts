import type { ReactiveControllerHost } from 'lit';

type RichTextModule = typeof import('../view/rich-text-html.js');

/** Markup of the rich-text subset: `**`, `*x*` or `[label](url)`. */
const MARKUP = /\*\S|\[[^\]\n]+\]\(/;

/**
 * Renders descriptions that use the rich-text subset. The sanitiser is fetched on the first
 * description that needs it; until it arrives the text is shown plain (markup stripped), then
 * the host renders again. Plain descriptions never load it.
 */
export class RichText {
  private module?: RichTextModule;
  private loading = false;
  private readonly cache = new Map<string, HTMLElement>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Sanitised nodes for `text`, or undefined to show it as plain paragraphs. */
  html(text: string): HTMLElement | undefined {
    if (!MARKUP.test(text)) return undefined;
    if (this.module) {
      let element = this.cache.get(text);
      if (element === undefined) {
        element = this.module.richTextElement(text);
        this.cache.set(text, element);
      }
      return element;
    }
    if (!this.loading) {
      this.loading = true;
      import('../view/rich-text-html.js').then(
        (module) => {
          this.module = module;
          this.host.requestUpdate();
        },
        // Offline or blocked: the text stays plain, which loses emphasis but no words.
        () => undefined,
      );
    }
    return undefined;
  }
}
