import { html } from 'lit';
import type { Notice } from '../data/model.js';
import { describeNotice } from '../i18n/notice.js';
import type { Messages } from '../i18n/messages.js';

/**
 * What loading left out ("2 rows skipped"), never silently: a summary that opens into the
 * list of rows and why, as a native disclosure (keyboard and screen readers know it).
 */
export function renderNotice(m: Messages, notices: readonly Notice[]) {
  const rows = new Set(notices.flatMap((n) => (n.kind === 'skippedRow' ? [n.row] : []))).size;
  const summary = rows ? m.rowsSkipped(rows) : m.fileNotes(notices.length);
  return html`<details class="notice" part="notice">
    <summary>${summary}</summary>
    <ul>
      ${notices.map((n) => html`<li>${describeNotice(m, n)}</li>`)}
    </ul>
  </details>`;
}
