import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { indexEvents } from '../../src/layout/event-index.js';
import { layoutDensity } from '../../src/layout/timeline-layout.js';
import type { TimelineEvent } from '../../src/data/model.js';
import { ViewRange } from '../../src/layout/view-range.js';
import { syntheticDataset } from '../fixtures/synthetic.js';
import { WIDTH, metrics, prepare, views } from './layout-checks.js';

describe('layoutDensity', () => {
  const p = prepare(normaliseDataset(syntheticDataset(5_000, { years: 30 })));

  it('scales each bar by the busiest one, counting the points under it', () => {
    for (const { view } of views(p.home)) {
      const density = layoutDensity(p.index, view, WIDTH, metrics.densityBinPx);
      const bins = Math.ceil(WIDTH / metrics.densityBinPx);
      expect(density).to.have.length(bins);
      const counts = Array.from({ length: bins }, (_, b) => {
        const from = view.time(b * metrics.densityBinPx, WIDTH);
        const to = view.time((b + 1) * metrics.densityBinPx, WIDTH);
        return p.dataset.events.filter(
          (e) => e.end === undefined && e.start >= (b === 0 ? view.start : from) && e.start < to,
        ).length;
      });
      const busiest = Math.max(...counts);
      for (let b = 0; b < bins; b++) {
        expect(density[b]!).to.be.within(0, 1);
        expect(density[b]!).to.be.closeTo(busiest ? counts[b]! / busiest : 0, 1e-6);
      }
      if (busiest) expect(Math.max(...density)).to.equal(1);
    }
  });

  it('is all zero where there are no points', () => {
    const empty = new ViewRange(new Date(1700, 0, 1).getTime(), new Date(1750, 0, 1).getTime());
    const density = layoutDensity(p.index, empty, WIDTH, metrics.densityBinPx);
    expect(density).to.have.length(WIDTH / metrics.densityBinPx);
    expect([...density].every((d) => d === 0)).to.equal(true);
  });

  it('shows three points in one bar as full and one point in another as a third', () => {
    const base = new Date(2000, 0, 1).getTime();
    const events: TimelineEvent[] = [0, 1, 2, 500].map((offset, index) => ({
      id: `e${index}`,
      index,
      start: base + offset * 60_000,
      startPrecision: 'day',
      circa: false,
      title: { '*': `e${index}` },
      sources: [],
    }));
    // 1,000 minutes over 100px: a 4px bar holds 40 minutes.
    const view = new ViewRange(base, base + 1000 * 60_000);
    const density = layoutDensity(indexEvents(events), view, 100, 4);
    expect(density).to.have.length(25);
    expect(density[0]).to.equal(1);
    expect(density[12]).to.be.closeTo(1 / 3, 1e-6);
    expect([...density].filter((d) => d > 0)).to.have.length(2);
  });
});
