import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizedText, TimelineEvent } from '../data/model.js';
import { formatEventDate, pickText } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { mediaSlots, paragraphs, renderSources } from './detail-card.js';
import { type ControlState, controlButton } from './controls.js';

const slideMedia = mediaSlots();

export interface SlideModel {
  readonly m: Messages;
  readonly event: TimelineEvent;
  /** Position of the slide, from 0. */
  readonly index: number;
  readonly total: number;
  readonly fullScreen: boolean;
}

export interface SlideActions {
  readonly previous: () => void;
  readonly next: () => void;
  readonly toggleFullScreen: () => void;
}

interface Media {
  readonly url: string;
  readonly alt?: LocalizedText | string;
  readonly credit?: LocalizedText | string;
}

/**
 * An event's image, when the dataset gives one as `media` (`{ src, alt?, credit? }`, the
 * schema's shape; `url` is read as well, and of a list the first is shown). Only http(s) or
 * relative addresses are used.
 */
function mediaOf(event: TimelineEvent): Media | undefined {
  const field: unknown = (event as { media?: unknown }).media;
  const first: unknown = Array.isArray(field) ? field[0] : field;
  if (typeof first !== 'object' || first === null) return undefined;
  const media = first as Partial<Media> & { src?: unknown; kind?: unknown };
  // Quotes, players and links are drawn by the media module (see renderSlide).
  if (media.kind !== undefined && media.kind !== 'image') return undefined;
  const url: unknown = media.src ?? media.url;
  if (typeof url !== 'string' || !/^(?:https?:|\/|\.|[^:]*$)/i.test(url)) return undefined;
  return { ...media, url };
}

function textOf(value: LocalizedText | string | undefined, lang: string) {
  if (value === undefined) return undefined;
  return pickText(typeof value === 'string' ? { '*': value } : value, lang);
}

const icons = {
  previous: 'M10 3L5 8l5 5',
  next: 'M6 3l5 5-5 5',
  fullScreen: 'M2 6V2h4M2 2l4 4M14 6V2h-4M14 2l-4 4M2 10v4h4M2 14l4-4M14 10v4h-4M14 14l-4-4',
};

/** A slide control: a zoom button's template, with the slide's states. */
function navButton(
  name: keyof typeof icons,
  label: string,
  action: () => void,
  state: Omit<ControlState, 'className'> = {},
) {
  return controlButton(name, icons[name], label, action, { ...state, className: `slide-${name}` });
}

/** The chosen event as a large slide, with its place in the deck and the slide buttons. */
export function renderSlide(model: SlideModel, actions: SlideActions) {
  const { m, event, index, total } = model;
  const title = pickText(event.title, m.lang);
  const description = pickText(event.description, m.lang);
  const media = mediaOf(event);
  const alt = textOf(media?.alt, m.lang);
  const caption = textOf(media?.credit, m.lang);
  return html`<section
    class="slide"
    part="slide"
    aria-labelledby="slide-title"
    .style=${event.category?.color ? `--dt-event-color:${event.category.color}` : ''}
  >
    <!-- A Tab stop: on a short screen the slide scrolls, and keys must reach what is hidden. -->
    <div class="slide-body" tabindex="0" role="group" aria-labelledby="slide-title">
      <div class="slide-text">
        <p class="slide-date">${formatEventDate(m, event)}</p>
        <h2 id="slide-title" lang=${ifDefined(title.lang)}>${title.text}</h2>
        ${
          description.text
            ? html`<div class="slide-description" lang=${ifDefined(description.lang)}>
                ${paragraphs(description.text)}
              </div>`
            : nothing
        }
        <div class="slide-sources">${renderSources(m, event.sources)}</div>
      </div>
      ${
        media
          ? html`<figure class="slide-media" part="slide-media">
              <img src=${media.url} alt=${alt?.text ?? ''} lang=${ifDefined(alt?.lang)} />
              ${
                caption
                  ? html`<figcaption lang=${ifDefined(caption.lang)}>${caption.text}</figcaption>`
                  : nothing
              }
            </figure>`
          : event.media && event.media.kind !== 'image'
            ? slideMedia(m, event.media)
            : nothing
      }
    </div>
    <div class="slide-nav">
      ${navButton('previous', m.previousSlide, actions.previous, { disabled: index <= 0 })}
      <p class="progress" part="progress">${m.slideProgress(String(index + 1), String(total))}</p>
      ${navButton('next', m.nextSlide, actions.next, { disabled: index >= total - 1 })}
      ${navButton('fullScreen', m.fullScreen, actions.toggleFullScreen, {
        pressed: model.fullScreen,
      })}
    </div>
  </section>`;
}
