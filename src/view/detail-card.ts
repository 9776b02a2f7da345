import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TimelineEvent } from '../data/model.js';
import { formatEventDate, pickText } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';

/** Dataset text as paragraphs: authors separate them with a blank line. */
function paragraphs(text: string) {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => html`<p>${p.trim()}</p>`);
}

/**
 * The card for the chosen event: date, title, category, description and sources. Text comes
 * in through Lit bindings only (escaped); links were limited to http, https and mailto when
 * the dataset loaded.
 */
export function renderDetailCard(m: Messages, e: TimelineEvent, onClose: () => void) {
  const title = pickText(e.title, m.lang);
  const description = pickText(e.description, m.lang);
  const category = e.category ? pickText(e.category.label, m.lang) : undefined;
  return html`<section
    part="detail"
    class="detail"
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
    ${
      description.text
        ? html`<div class="detail-description" lang=${ifDefined(description.lang)}>
            ${paragraphs(description.text)}
          </div>`
        : nothing
    }
    ${
      e.sources.length
        ? html`<h3>${m.sources}</h3>
            <ul class="sources">
              ${e.sources.map((source) => {
                const label = pickText(source.label, m.lang);
                return html`<li lang=${ifDefined(label.lang)}>
                  ${
                    source.url
                      ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer"
                          >${label.text}</a
                        >`
                      : label.text
                  }
                </li>`;
              })}
            </ul>`
        : nothing
    }
  </section>`;
}
