import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatCompactCount, formatCount } from '../i18n/format.js';
import type { LaidOutCluster } from '../layout/timeline-layout.js';
import type { ViewContext } from './context.js';
import { styleProps } from './style-props.js';

/**
 * A badge where events are too close to label; activating it zooms into it. Where the row
 * leaves it room it says what it holds (its first title and how many more), else its count.
 * Its accessible name holds the count and the span either way.
 */
export function renderCluster(ctx: ViewContext, cluster: LaidOutCluster) {
  const first = cluster.titled ? ctx.words.event(cluster.first) : undefined;
  const more = ctx.m.moreInCluster(formatCompactCount(ctx.m, cluster.count - 1));
  // The count and the span come after what the badge shows, so voice control finds it by
  // its text.
  const count = ctx.m.eventsInCluster(
    formatCount(ctx.m, cluster.count),
    ctx.words.clusterSpan(cluster.start, cluster.end),
  );
  return html`<button
    type="button"
    part="cluster"
    class=${first ? 'cluster titled' : 'cluster'}
    tabindex="-1"
    data-start=${cluster.start}
    data-end=${cluster.end}
    aria-label=${first ? `${first.title} ${more}, ${count}` : count}
    .style=${styleProps({
      transform: `translate(${cluster.x - cluster.width / 2}px,${ctx.rows.clusterTop}px)`,
      width: `${cluster.width}px`,
    })}
  >
    ${
      first
        ? html`<span class="cluster-title" lang=${ifDefined(first.titleLang)}>${first.title}</span>
            <span class="cluster-more">${more}</span>`
        : formatCompactCount(ctx.m, cluster.count)
    }
  </button>`;
}
