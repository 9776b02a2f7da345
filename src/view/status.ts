import { html, nothing } from 'lit';
import type { Problem } from '../data/problems.js';
import { describeProblem } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';

/** Failures that may pass by themselves, so a second try is worth offering. */
const RETRYABLE = new Set<Problem['code']>(['network', 'http', 'timeout']);

/**
 * A failed load, as a sentence in the reader's language (the first problem, and how many
 * more), with a button to try again when the source itself failed.
 */
export function renderError(
  m: Messages,
  problems: readonly [Problem, ...Problem[]],
  retry: () => void,
) {
  const more = problems.length - 1;
  return html`<div part="error" class="error" role="alert">
    <p>${describeProblem(m, problems[0])}</p>
    ${more > 0 ? html`<p class="more">${m.moreProblems(more)}</p>` : nothing}
    ${
      RETRYABLE.has(problems[0].code)
        ? html`<button type="button" part="retry" class="retry" @click=${retry}>${m.retry}</button>`
        : nothing
    }
  </div>`;
}

export function renderLoading(m: Messages) {
  return html`<p class="status" role="status">${m.loading}</p>`;
}

export function renderEmpty(m: Messages) {
  return html`<p part="empty" class="status" role="status">${m.empty}</p>`;
}
