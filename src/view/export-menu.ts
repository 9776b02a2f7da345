import { html } from 'lit';
import type { ImageFormat } from '../export/download-image.js';
import type { Messages } from '../i18n/messages.js';
import type { MenuActions } from '../controllers/menu-controller.js';

/**
 * "Download image": a disclosure button with a menu of formats, each named by its format
 * ("PNG", "SVG", the same in every language). The export code is loaded only when one is
 * chosen. It closes as a native menu does (see MenuController).
 */
export function renderExportMenu(
  m: Messages,
  download: (format: ImageFormat) => void,
  menu: MenuActions,
) {
  const choose = (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    const menu = button.closest('details')!;
    menu.open = false;
    menu.querySelector('summary')!.focus();
    download(button.textContent!.toLowerCase() as ImageFormat);
  };
  // A <details> is a group to screen readers: named, it is no stray group beside the drawing.
  return html`<details
    class="menu export"
    part="export"
    aria-label=${m.downloadImage}
    @toggle=${menu.menuToggle}
    @keydown=${menu.menuKeydown}
    @focusout=${menu.menuFocusout}
  >
    <summary class="control" part="control control-export" aria-label=${m.downloadImage}>
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13.5h10"></path>
      </svg>
    </summary>
    <div class="export-menu">
      <button type="button" class="control choice" @click=${choose}>PNG</button>
      <button type="button" class="control choice" @click=${choose}>SVG</button>
    </div>
  </details>`;
}
