import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Media, Source, TimelineEvent } from '../data/model.js';
import { formatEventDate, pickText } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { CardSide } from '../layout/card-place.js';
import type { SourceRenderer } from './context.js';
import { plainText } from './plain-text.js';

/** Dataset text as paragraphs: authors separate them with a blank line. */
export function paragraphs(text: string) {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => html`<p>${p.trim()}</p>`);
}

/** An event's sources under a heading; those with an address go through `renderSource`. */
export function renderSources(
  m: Messages,
  sources: readonly Source[],
  renderSource: SourceRenderer = (url, label) =>
    html`<a href=${url} target="_blank" rel="noopener noreferrer">${label}</a>`,
) {
  if (!sources.length) return nothing;
  return html`<h3>${m.sources}</h3>
    <ul class="sources">
      ${sources.map((source) => {
        const label = pickText(source.label, m.lang);
        return html`<li lang=${ifDefined(label.lang)}>
          ${source.url ? renderSource(source.url, label.text, label.lang) : label.text}
        </li>`;
      })}
    </ul>`;
}

/** A broken image hides itself; the card's text stays. */
function hideFigure(event: Event): void {
  const figure = (event.target as Element).closest('figure');
  if (figure) figure.hidden = true;
}

type MediaModule = typeof import('./media.js');
let mediaModule: Promise<MediaModule> | undefined;

/**
 * A place for media other than an image (a quote, a player, a link card), drawn by a module
 * loaded the first time one is shown. One place per media and caller, kept while the
 * dataset is, so a player pressed stays playing through the card's re-renders.
 */
export function mediaSlots() {
  const slots = new WeakMap<Media, HTMLElement>();
  return (m: Messages, media: Media, qr?: SourceRenderer): HTMLElement => {
    let slot = slots.get(media);
    if (!slot) slots.set(media, (slot = document.createElement('div')));
    const target = slot;
    (mediaModule ??= import('./media.js')).then(
      // After this render has put the place in the page, where its styles are adopted.
      (module) => module.renderMedia(target, m, media, qr),
      // Offline: the address as a link, or the quote's words.
      () => {
        if (media.kind === 'quote') target.textContent = pickText(media.quote, m.lang).text;
        else
          target.replaceChildren(
            Object.assign(document.createElement('a'), { href: media.src, textContent: media.src }),
          );
      },
    );
    return slot;
  };
}
const cardMedia = mediaSlots();

/**
 * The event's image, loaded only when the card is shown, with its alt text and credit. Keyed
 * by address, so an image that failed and hid itself does not hide the next event's. Other
 * media go to their own module.
 */
function renderMedia(m: Messages, media: Media, qr?: SourceRenderer) {
  if (media.kind !== 'image') return cardMedia(m, media, qr);
  const alt = pickText(media.alt, m.lang);
  const credit = media.credit ? pickText(media.credit, m.lang) : undefined;
  return keyed(
    media.src,
    html`<figure class="detail-media" part="detail-media">
      <img
        src=${media.src}
        alt=${alt.text}
        lang=${ifDefined(alt.lang)}
        loading="lazy"
        decoding="async"
        @error=${hideFigure}
      />
      ${
        credit?.text
          ? html`<figcaption lang=${ifDefined(credit.lang)}>${m.credit(credit.text)}</figcaption>`
          : nothing
      }
    </figure>`,
  );
}

/**
 * A description: sanitised HTML when it uses the rich-text subset and the sanitiser is
 * there, else plain paragraphs through Lit bindings (escaped).
 */
function richDescription(text: string, richHtml: (text: string) => HTMLElement | undefined) {
  const sanitised = richHtml(text);
  return sanitised ?? paragraphs(plainText(text));
}

/**
 * The card for the chosen event: date, title, category, image, description and sources. Text
 * comes in through Lit bindings (escaped) or, for rich text, through DOMPurify only; links
 * and image addresses were limited to safe schemes when the dataset loaded.
 */
export function renderDetailCard(
  m: Messages,
  e: TimelineEvent,
  onClose: () => void,
  richHtml: (text: string) => HTMLElement | undefined,
  renderSource?: SourceRenderer,
  side: CardSide = 'end',
) {
  const title = pickText(e.title, m.lang);
  const description = pickText(e.description, m.lang);
  const category = e.category ? pickText(e.category.label, m.lang) : undefined;
  return html`<section
    part="detail"
    class="detail ${side}"
    role="dialog"
    aria-modal="false"
    aria-labelledby="detail-title"
    tabindex="-1"
    .style=${e.category?.color ? `--dt-event-color:${e.category.color}` : ''}
  >
    <button
      type="button"
      part="detail-close"
      class="close"
      aria-label=${m.close}
      title=${m.close}
      @click=${onClose}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 3l10 10M13 3L3 13"></path></svg>
    </button>
    <p class="detail-date">${formatEventDate(m, e)}</p>
    <h2 id="detail-title" lang=${ifDefined(title.lang)}>${title.text}</h2>
    ${
      category
        ? html`<p class="detail-category">
            <span class="swatch" aria-hidden="true"></span
            ><span class="visually-hidden">${m.category}: </span
            ><span lang=${ifDefined(category.lang)}>${category.text}</span>
          </p>`
        : nothing
    }
    ${e.media ? renderMedia(m, e.media, renderSource) : nothing}
    ${
      description.text
        ? html`<div class="detail-description" lang=${ifDefined(description.lang)}>
            ${richDescription(description.text, richHtml)}
          </div>`
        : nothing
    }
    ${renderSources(m, e.sources, renderSource)}
  </section>`;
}

// What else only the card uses travels in its chunk: its styles, its placement beside the
// chosen mark and the rich-text loader of its descriptions. One module is the chunk's entry
// because the presentation's slide imports the card's parts from it: a second entry would
// split them into a third chunk.
export { detailCardStyles } from './detail-card.styles.js';
export { CardPlaceController } from '../controllers/card-place-controller.js';
export { RichText } from './rich-text.js';
