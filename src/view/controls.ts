import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../i18n/messages.js';
import { controlParts } from './part-names.js';

export interface ControlActions {
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly reset: () => void;
}

const icons = {
  zoomIn: 'M8 3v10M3 8h10',
  zoomOut: 'M3 8h10',
  reset: 'M2 6V2h4M14 6V2h-4M2 10v4h4M14 10v4h-4',
};

/** What a slide's button adds to a zoom button: a class of its own, and its states. */
export interface ControlState {
  readonly className?: string;
  readonly disabled?: boolean;
  readonly pressed?: boolean;
  /** A button that shows and hides the search row (aria-controls names it). */
  readonly expanded?: boolean;
}

/**
 * A header or slide button: an icon (the SVG path `icon`) named `label`, with the part names
 * of `name` (part-names.ts).
 */
export function controlButton(
  name: string,
  icon: string,
  label: string,
  action: () => void,
  { className = '', disabled = false, pressed, expanded }: ControlState = {},
) {
  return html`<button
    type="button"
    part=${controlParts(name)}
    class="control ${className}"
    aria-label=${label}
    title=${label}
    aria-pressed=${ifDefined(pressed === undefined ? undefined : String(pressed))}
    aria-expanded=${ifDefined(expanded === undefined ? undefined : String(expanded))}
    aria-controls=${ifDefined(expanded === undefined ? undefined : 'filters')}
    ?disabled=${disabled}
    @click=${action}
  >
    <svg viewBox="0 0 16 16" aria-hidden="true"><path d=${icon}></path></svg>
  </button>`;
}

const button = (name: keyof typeof icons, label: string, action: () => void) =>
  controlButton(name, icons[name], label, action);

/** Zoom in, zoom out and show everything, named in the reader's language. */
export function renderControls(m: Messages, actions: ControlActions) {
  return html`<div part="controls" class="controls" role="group" aria-label=${m.timeline}>
    ${button('zoomIn', m.zoomIn, actions.zoomIn)} ${button('zoomOut', m.zoomOut, actions.zoomOut)}
    ${button('reset', m.reset, actions.reset)}
  </div>`;
}

/**
 * In a short widget, shows the search box and legend, folded away to leave the drawing their
 * room (foldsFilters).
 */
export const renderFiltersToggle = (m: Messages, expanded: boolean, toggle: () => void) =>
  controlButton(
    'filters',
    'M7 11.5a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zM10.5 10.5 14 14',
    m.filtersButton,
    toggle,
    {
      className: 'filters-toggle',
      expanded,
    },
  );

/**
 * Switches between the drawing and the list of events. It comes first in the widget, so a
 * screen reader meets the list before the drawing.
 */
export function renderListToggle(m: Messages, pressed: boolean, toggle: () => void) {
  return html`<button
    type="button"
    part="control control-list"
    class="control list-toggle"
    aria-pressed=${pressed ? 'true' : 'false'}
    @click=${toggle}
  >
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <path d="M5 4h9M5 8h9M5 12h9M2 4h0.01M2 8h0.01M2 12h0.01"></path>
    </svg>
    <span>${m.listView}</span>
  </button>`;
}
