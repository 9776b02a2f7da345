import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatCompactCount, formatCount } from '../i18n/format.js';
import type { LaidOutCluster } from '../layout/timeline-layout.js';
import type { ViewContext } from './context.js';

/** Badges with a count where events are too close to label; activating one zooms into it. */
export function renderClusters(ctx: ViewContext, clusters: readonly LaidOutCluster[]) {
  if (!clusters.length) return nothing;
  return repeat(
    clusters,
    (cluster) => cluster.first,
    (cluster) =>
      html`<button
        type="button"
        part="cluster"
        class="cluster"
        tabindex="-1"
        data-start=${cluster.start}
        data-end=${cluster.end}
        aria-label=${ctx.m.eventsInCluster(
          formatCount(ctx.m, cluster.count),
          ctx.words.clusterSpan(cluster.start, cluster.end),
        )}
        .style=${`transform:translate(${cluster.x - cluster.width / 2}px,${ctx.rows.clusterTop}px);width:${cluster.width}px`}
      >
        ${formatCompactCount(ctx.m, cluster.count)}
      </button>`,
  );
}
