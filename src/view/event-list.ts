import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TimelineEvent } from '../data/model.js';
import { formatCount, formatEventDate, pickText } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';

// Loaded with the list (diplomacy-timeline.ts): a reader who never opens it never pays for it.
export { eventListStyles } from './event-list.styles.js';

/**
 * The events as an ordered list in time order, with dates, categories and sources: the view
 * for screen readers, keyboards and print. Each title is a button that chooses the event,
 * kept in step with the drawing's selection.
 */
export function renderEventList(
  m: Messages,
  events: readonly TimelineEvent[],
  total: number,
  selectedIndex: number,
) {
  return html`<div class="list" part="list">
    ${
      total > events.length
        ? html`<p class="list-note">
            ${m.listTruncated(formatCount(m, events.length), formatCount(m, total))}
          </p>`
        : nothing
    }
    <ol aria-label=${m.eventList}>
      ${events.map((e) => renderListEntry(m, e, selectedIndex))}
    </ol>
  </div>`;
}

function renderListEntry(m: Messages, e: TimelineEvent, selectedIndex: number) {
  const title = pickText(e.title, m.lang);
  const category = e.category ? pickText(e.category.label, m.lang) : undefined;
  const selected = e.index === selectedIndex;
  return html`<li
    class=${selected ? 'selected' : ''}
    .style=${e.category?.color ? `--dt-event-color:${e.category.color}` : ''}
  >
    <span class="list-date">${formatEventDate(m, e)}</span>
    <button
      type="button"
      class="list-title"
      data-index=${e.index}
      aria-expanded=${selected ? 'true' : 'false'}
      lang=${ifDefined(title.lang)}
    >
      ${title.text}
    </button>
    ${
      category
        ? html`<span class="list-category"
            ><span class="swatch" aria-hidden="true"></span
            ><span class="visually-hidden">${m.category}: </span
            ><span lang=${ifDefined(category.lang)}>${category.text}</span></span
          >`
        : nothing
    }
    ${e.sources.length ? renderListSources(m, e.sources) : nothing}
  </li>`;
}

function renderListSources(m: Messages, sources: TimelineEvent['sources']) {
  return html`<span class="list-sources"
    ><span class="visually-hidden">${m.sources}: </span>${sources.map((s, i) => {
      const label = pickText(s.label, m.lang);
      return html`${i ? '; ' : ''}${
        s.url
          ? html`<a
              href=${s.url}
              target="_blank"
              rel="noopener noreferrer"
              lang=${ifDefined(label.lang)}
              >${label.text}</a
            >`
          : html`<span lang=${ifDefined(label.lang)}>${label.text}</span>`
      }`;
    })}</span
  >`;
}
