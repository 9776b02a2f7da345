import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Category } from '../data/model.js';
import { pickText } from '../i18n/format.js';
import type { ViewContext } from './context.js';

/**
 * With `group-by="category"`, the name of each lane's category at its left edge (a group may
 * have several lanes: its band covers them all). Hidden from
 * screen readers: each mark's category is in its card and in the list.
 */
export function renderLaneLabels(ctx: ViewContext, groups: readonly (Category | undefined)[]) {
  const span = ctx.laneSpan ?? 1;
  const lanes = Math.min(groups.length, Math.floor(ctx.rows.lanes / span));
  return html`<div class="lane-labels" aria-hidden="true">
    ${groups.slice(0, lanes).map((group, lane) => {
      const label = group ? pickText(group.label, ctx.m.lang) : undefined;
      return html`<span
        class="lane-label"
        part="lane-label"
        lang=${ifDefined(label?.lang)}
        .style=${`top:${ctx.rows.laneTop(lane * span + span - 1)}px;height:${ctx.rows.laneHeight * span}px;${group?.color ? `--dt-event-color:${group.color}` : ''}`}
        >${label ? html`<span class="lane-name">${label.text}</span>` : nothing}</span
      >`;
    })}
  </div>`;
}
