import { html, nothing } from 'lit';
import type { Problem } from '../data/problems.js';
import { describeProblem } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';

/** A failed load, as a sentence in the reader's language (the first problem, and how many more). */
export function renderError(m: Messages, problems: readonly [Problem, ...Problem[]]) {
  const more = problems.length - 1;
  return html`<div part="error" class="error" role="alert">
    <p>${describeProblem(m, problems[0])}</p>
    ${more > 0 ? html`<p class="more">${m.moreProblems(more)}</p>` : nothing}
  </div>`;
}

export function renderLoading(m: Messages) {
  return html`<p class="status" role="status">${m.loading}</p>`;
}

export function renderEmpty(m: Messages) {
  return html`<p part="empty" class="status" role="status">${m.empty}</p>`;
}
