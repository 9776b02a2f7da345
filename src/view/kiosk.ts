import { html, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../i18n/messages.js';
import type { SourceRenderer } from './context.js';
import type { QrCode } from './qr-encoder.js';

/** Quiet zone around a QR code, in modules: the standard asks for four. */
const QUIET = 4;

/**
 * A kiosk's way to show a source: a visitor cannot follow a link away from the kiosk, so the
 * address becomes a QR code to scan with a phone, under the source's label. Dark on light in
 * every theme: that is what phone cameras read best.
 */
export function qrSource(m: Messages, qr: (url: string) => QrCode | undefined): SourceRenderer {
  return (url, label) => {
    const code = qr(url);
    const side = (code?.size ?? 21) + QUIET * 2;
    return html`<figure class="qr" part="qr">
      <svg
        class="qr-code"
        viewBox="${-QUIET} ${-QUIET} ${side} ${side}"
        role="img"
        aria-label=${m.qrCode(label)}
        aria-busy=${ifDefined(code ? undefined : 'true')}
        shape-rendering="crispEdges"
      >
        ${svg`<rect x=${-QUIET} y=${-QUIET} width=${side} height=${side} fill="#fff"></rect>`}
        ${code ? svg`<path d=${code.path} fill="#000"></path>` : ''}
      </svg>
      <figcaption>
        <span class="qr-label">${label}</span>
        <span class="qr-url">${url.replace(/^https?:\/\/(www\.)?/, '')}</span>
      </figcaption>
    </figure>`;
  };
}

/** The hint shown while the attract loop tours on its own. */
export function renderTourHint(m: Messages) {
  return html`<p class="tour-hint" part="tour-hint">${m.touchToExplore}</p>`;
}
