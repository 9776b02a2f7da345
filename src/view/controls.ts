import { html } from 'lit';
import type { Messages } from '../i18n/messages.js';

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

function button(name: keyof typeof icons, label: string, action: () => void) {
  return html`<button
    type="button"
    part="control control-${name}"
    class="control"
    aria-label=${label}
    title=${label}
    @click=${action}
  >
    <svg viewBox="0 0 16 16" aria-hidden="true"><path d=${icons[name]}></path></svg>
  </button>`;
}

/** Zoom in, zoom out and show everything, named in the reader's language. */
export function renderControls(m: Messages, actions: ControlActions) {
  return html`<div part="controls" class="controls" role="group" aria-label=${m.timeline}>
    ${button('zoomIn', m.zoomIn, actions.zoomIn)} ${button('zoomOut', m.zoomOut, actions.zoomOut)}
    ${button('reset', m.reset, actions.reset)}
  </div>`;
}
