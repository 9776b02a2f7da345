import { html } from 'lit';
import type { ImageFormat } from '../export/download-image.js';
import type { Messages } from '../i18n/messages.js';

/**
 * "Download image": a disclosure button with a small menu of formats. The export code itself
 * is loaded only when a format is chosen.
 */
export function renderExportMenu(m: Messages, download: (format: ImageFormat) => void) {
  const choose = (event: Event) => {
    const target = event.target as HTMLElement;
    const format = target.closest<HTMLElement>('[data-format]')?.dataset.format as ImageFormat;
    if (!format) return;
    target.closest('details')!.open = false;
    download(format);
  };
  return html`<details class="export" part="export">
    <summary class="control" part="control control-export" aria-label=${m.downloadImage}>
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13.5h10"></path>
      </svg>
    </summary>
    <div class="export-menu" @click=${choose}>
      <button type="button" class="control list-toggle" data-format="png">PNG</button>
      <button type="button" class="control list-toggle" data-format="svg">SVG</button>
    </div>
  </details>`;
}
