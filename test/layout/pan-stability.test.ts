import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import {
  type LayoutInput,
  type TimelineLayout,
  layoutTimeline,
} from '../../src/layout/timeline-layout.js';
import { ViewRange } from '../../src/layout/view-range.js';
import { historyDataset } from '../../scripts/history-dataset.mjs';
import { syntheticDataset } from '../fixtures/synthetic.js';
import {
  DAY,
  type Prepared,
  WIDTH,
  expectSoundLayout,
  layout,
  metrics,
  prepare,
} from './layout-checks.js';

describe('layoutTimeline while panning at a fixed zoom', () => {
  let p: Prepared;
  before(() => {
    p = prepare(normaliseDataset(syntheticDataset(20_000)));
  });

  const input = (view: ViewRange, order?: number): LayoutInput => ({
    index: p.index,
    view,
    width: WIDTH,
    lanes: 8,
    labelWidth: p.labelWidth,
    wrappedWidth: p.labelWidth.wrapped,
    threeWidth: p.labelWidth.three,
    acrossWidth: p.labelWidth.three,
    pinned: [],
    metrics,
    order,
  });

  /**
   * A drag 4 px a frame over 200 px, laid out as its frames are (the order the view settled
   * with): how many frames change which events are drawn, or in which lane, in the drawing's
   * left part. Left of where a label can reach the right edge, whose labels must stay inside.
   */
  function repicks(centre: number, span: number): number {
    const settled = layoutTimeline(input(new ViewRange(centre - span / 2, centre + span / 2)));
    const limit = WIDTH - metrics.markWidth - metrics.maxLabelWidth - metrics.labelGap;
    const inPart = (view: ViewRange, i: number) => {
      const x = view.x(p.dataset.events[i]!.start, WIDTH);
      return x >= 0 && x <= limit;
    };
    let before: { view: ViewRange; lanes: Map<number, number> } | undefined;
    let changed = 0;
    for (let px = 0; px <= 200; px += 4) {
      const start = centre - span / 2 + (px * span) / WIDTH;
      const view = new ViewRange(start, start + span);
      const result = layoutTimeline(input(view, settled.order));
      if (px % 40 === 0) expectSoundLayout(p, view, 8, [], result, `pan by ${px} px`);
      const lanes = new Map(result.marks.map((m) => [m.index, m.lane]));
      if (before) {
        const prev = before;
        const both = [...new Set([...prev.lanes.keys(), ...lanes.keys()])].filter(
          (i) => inPart(prev.view, i) && inPart(view, i),
        );
        if (both.some((i) => prev.lanes.get(i) !== lanes.get(i))) changed++;
      }
      before = { view, lanes };
    }
    return changed;
  }

  // Lanes filled from the window's edge re-pick at every column the edge crosses (40 to 80 px);
  // filled from a grid line 640 px or more apart, at most once in 200 px.
  it('keeps the same events drawn in the same lanes: a drag re-picks them at most once in 200 px', () => {
    for (const span of [3652 * DAY, 365 * DAY]) {
      for (const at of [0.5, 0.13, 0.77]) {
        const centre = p.home.start + at * p.home.span;
        expect(
          repicks(centre, span),
          `${span / DAY} days about ${at}: frames that re-pick`,
        ).to.be.at.most(1);
      }
    }
  });
});

describe('layoutTimeline given the layout drawn before', () => {
  const p = prepare(normaliseDataset(historyDataset(40, { years: 65 })));

  /**
   * Frames of a drag 4 px a frame over 200 px, and of a zoom in by a tenth a frame, each laid
   * out as the element does, given the frame before: the labels drawn in two frames running
   * that changed lanes.
   */
  function laneChanges(frames: ViewRange[], lanes: number, keep: boolean): number {
    let before: TimelineLayout | undefined;
    let changed = 0;
    for (const [f, view] of frames.entries()) {
      const laneOf = new Map(
        (before?.marks ?? []).filter((m) => m.lane >= 0).map((m) => [m.index, m.lane]),
      );
      const drawn = layout(p, view, lanes, [], undefined, {
        order: f ? before!.order : undefined,
        before: keep && before ? { order: before.order, lane: (i) => laneOf.get(i) } : undefined,
      });
      if (f % 10 === 0) expectSoundLayout(p, view, lanes, [], drawn, `frame ${f}`);
      for (const m of drawn.marks)
        if (m.lane >= 0 && laneOf.has(m.index) && laneOf.get(m.index) !== m.lane) changed++;
      before = drawn;
    }
    return changed;
  }

  const drag = (at: number, span: number) =>
    [...Array(51).keys()].map((f) => {
      const start = p.home.start + at * p.home.span + (f * 4 * span) / WIDTH;
      return new ViewRange(start, start + span);
    });
  const zoom = (at: number) =>
    [...Array(20).keys()].map((f) => {
      const span = p.home.span / 1.1 ** f;
      const centre = p.home.start + at * p.home.span;
      return new ViewRange(centre - span / 2, centre + span / 2);
    });

  it('keeps every label in its lane while the view pans or zooms, where it fits there', () => {
    const gestures = [drag(0.2, p.home.span / 3), drag(0.5, p.home.span / 6), zoom(0.4), zoom(0.7)];
    for (const lanes of [4, 6]) {
      const fresh = gestures.reduce((n, frames) => n + laneChanges(frames, lanes, false), 0);
      const kept = gestures.reduce((n, frames) => n + laneChanges(frames, lanes, true), 0);
      // Laid out afresh, labels change lanes in bursts; the case must show them for the
      // kept lanes to mean anything.
      expect(fresh, `${lanes} lanes, laid out afresh`).to.be.above(10);
      expect(kept, `${lanes} lanes, lanes kept`).to.be.at.most(fresh / 10);
    }
  });
});
