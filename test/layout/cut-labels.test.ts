import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { indexEvents } from '../../src/layout/event-index.js';
import type { LayoutInput, TimelineLayout } from '../../src/layout/timeline-layout.js';
import { defaultMetrics, layoutTimeline, markBox } from '../../src/layout/timeline-layout.js';
import { ViewRange } from '../../src/layout/view-range.js';
import { historyDataset } from '../../scripts/history-dataset.mjs';
import * as checks from './layout-checks.js';

const labelled = (l: TimelineLayout) => l.marks.filter((m) => m.lane >= 0);
const whole = (l: TimelineLayout) => labelled(l).filter((m) => !m.cut);
const cut = (l: TimelineLayout) => labelled(l).filter((m) => m.cut);

/**
 * One lane 600 px wide for January 2000 (20 px a day), laid out with the given label widths
 * on one line (`one`) and on two (`two`), by event index.
 */
function inJanuary(
  events: unknown[],
  one: number[],
  two: number[],
  more: Partial<LayoutInput> = {},
): TimelineLayout {
  return layoutTimeline({
    index: indexEvents(normaliseDataset({ events }).events),
    view: new ViewRange(new Date(2000, 0, 1).getTime(), new Date(2000, 0, 31).getTime()),
    width: 600,
    lanes: 1,
    labelWidth: (i) => one[i]!,
    wrappedWidth: (i) => two[i]!,
    pinned: [],
    metrics: defaultMetrics,
    ...more,
  });
}

describe('labels cut short', () => {
  it('take only the room the whole labels leave: a cut one never pushes a whole one out', () => {
    // One lane, 600 px for 30 days: short titles on days 3 and 27 (at 60 and 540 px), and on
    // day 15, between them, a title the drawing cannot hold whole even on two lines.
    const events = [3, 15, 27].map((day, i) => ({
      id: `e${i}`,
      start: `2000-01-${String(1 + day).padStart(2, '0')}`,
      title: `Event ${i}`,
    }));
    const layout = inJanuary(events, [150, 900, 150], [80, 450, 80]);
    // Cut first, from either end, the long title took the room of one of the short ones.
    expect(whole(layout).map((m) => m.index)).to.deep.equal([0, 2]);
    // The room they leave it is narrower than the narrowest cut: it is a bare dot.
    expect(layout.marks.find((m) => m.index === 1)?.lane).to.equal(-1);
  });

  it('take the room left of an era bar beside their lane, up to the bar', () => {
    // 600 px for 30 days: an event on day 3 (x 60), whose title fits neither on one line nor
    // on two before the era that starts on day 20 (x 400), beside its only lane.
    const events = [
      { id: 'early', start: '2000-01-04', title: 'Early' },
      { id: 'era', start: '2000-01-21', end: '2000-01-30', title: 'Era' },
    ];
    const layout = inJanuary(events, [500, 60], [400, 60], { rangeLanes: 1, beside: [[0]] });
    const [bar] = layout.ranges;
    const mark = layout.marks.find((m) => m.index === 0)!;
    // Cut where the bar starts, not a bare dot for want of the 320 px a cut label may take.
    expect(mark.lane).to.equal(0);
    expect(mark.cut).to.equal(true);
    const [, x1] = markBox(mark, defaultMetrics);
    expect(x1).to.be.at.most(bar!.x0);
    // All of that room: 400 px less the dot's box from x 53 and the gap, 317.
    expect(mark.labelWidth).to.be.at.least(300);
  });

  describe('in a crowded history in a phone column', () => {
    // 40 events over 65 years, 341 px wide, 8 lanes at the compact sizes: as npm run
    // layout-report measures it at 343 × 416.
    const p = checks.prepare(normaliseDataset(historyDataset(40, { years: 65 })));
    const input = checks.phoneInput(p, 8);
    const layout = layoutTimeline(input);

    // Cuts allowed wherever a label found no room whole, 16 were labelled, only 10 whole.
    it('cut at most one label in seven: fewer labels, more of them whole', () => {
      expect(whole(layout).length).to.be.at.least(13);
      expect(cut(layout).length * 6).to.be.at.most(whole(layout).length);
    });

    it('are laid out the same by a zoom frame replaying the order that won', () => {
      const again = layoutTimeline({ ...input, order: layout.order });
      expect(again.marks).to.deep.equal(layout.marks);
      expect(again.clusters).to.deep.equal(layout.clusters);
    });
  });
});
