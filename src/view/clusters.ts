import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatCompactCount, formatCount, formatRange } from '../i18n/format.js';
import type { LaidOutCluster } from '../layout/timeline-layout.js';
import type { ViewContext } from './context.js';

/** Span of a cluster at a precision that tells its ends apart: years, else months, else days. */
function clusterSpan(ctx: ViewContext, cluster: LaidOutCluster): string {
  const a = new Date(cluster.start);
  const b = new Date(cluster.end);
  const precision =
    a.getFullYear() !== b.getFullYear() ? 'year' : a.getMonth() !== b.getMonth() ? 'month' : 'day';
  return formatRange(ctx.m, cluster.start, precision, cluster.end, precision);
}

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
        aria-label=${ctx.m.eventsInCluster(formatCount(ctx.m, cluster.count), clusterSpan(ctx, cluster))}
        .style=${`transform:translate(${cluster.x - cluster.width / 2}px,${ctx.rows.clusterTop}px);width:${cluster.width}px`}
      >
        ${formatCompactCount(ctx.m, cluster.count)}
      </button>`,
  );
}
