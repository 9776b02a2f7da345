import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { indexEvents } from '../../src/layout/event-index.js';
import { groupLanes, lanesPerGroup } from '../../src/layout/groups.js';
import { defaultMetrics, layoutTimeline } from '../../src/layout/timeline-layout.js';
import { ViewRange } from '../../src/layout/view-range.js';

const dataset = normaliseDataset({
  categories: [
    { id: 'policy', label: 'Policy' },
    { id: 'cyber', label: 'Cyber' },
  ],
  events: [
    { id: 'a', start: '2002', title: 'A', category: 'cyber' },
    { id: 'b', start: '2003', title: 'B' },
    { id: 'c', start: '2010', title: 'C', category: 'policy' },
    { id: 'd', start: '2011', title: 'D', category: 'policy' },
    { id: 'e', start: '2016', title: 'E', category: 'cyber' },
  ],
});

describe('groupLanes', () => {
  it('gives each category a lane in the dataset’s order, and events without one the next', () => {
    const { laneOf, groups } = groupLanes(dataset);
    expect(groups.map((g) => g?.id)).to.deep.equal(['policy', 'cyber', undefined]);
    expect(dataset.events.map((e) => [e.id, laneOf[e.index]])).to.deep.equal([
      ['a', 1],
      ['b', 2],
      ['c', 0],
      ['d', 0],
      ['e', 1],
    ]);
  });

  it('adds no lane for uncategorised events when there are none', () => {
    const only = normaliseDataset({
      categories: [{ id: 'x', label: 'X' }],
      events: [{ id: 'a', start: '2002', title: 'A', category: 'x' }],
    });
    expect(groupLanes(only).groups).to.have.length(1);
  });
});

describe('layoutTimeline with one lane per group', () => {
  const index = indexEvents(dataset.events);
  const view = new ViewRange(new Date(2000, 0).getTime(), new Date(2020, 0).getTime());
  const input = {
    index,
    view,
    width: 1000,
    lanes: 4,
    labelWidth: () => 10,
    pinned: [],
    metrics: defaultMetrics,
  };

  it('puts every label in its own group’s lane', () => {
    const { laneOf } = groupLanes(dataset);
    const layout = layoutTimeline({ ...input, laneOf });
    const lanes = Object.fromEntries(
      layout.marks.map((m) => [dataset.events[m.index]!.id, m.lane]),
    );
    expect(lanes).to.deep.equal({ a: 1, b: 2, c: 0, d: 0, e: 1 });
  });

  it('cuts short an event whose lane has little room rather than borrow another lane', () => {
    const { laneOf } = groupLanes(dataset);
    // Wide labels: C and D, a year apart in one lane, cannot both be labelled whole there.
    const layout = layoutTimeline({ ...input, laneOf, labelWidth: () => 980 });
    const byId = Object.fromEntries(layout.marks.map((m) => [dataset.events[m.index]!.id, m]));
    expect(byId.c!.lane).to.equal(0);
    expect(byId.d?.lane ?? -1, 'D: cut in its own lane, or a dot').to.be.oneOf([0, -1]);
    expect(layout.marks.filter((m) => m.lane === 0 && m.cut).length).to.be.at.least(1);
  });
});

describe('layoutTimeline with several lanes per group', () => {
  const index = indexEvents(dataset.events);
  const view = new ViewRange(new Date(2000, 0).getTime(), new Date(2020, 0).getTime());
  const { laneOf } = groupLanes(dataset);
  const input = { index, view, width: 1000, pinned: [], metrics: defaultMetrics, laneOf };

  it('shares the lanes out evenly, at least one each', () => {
    expect(lanesPerGroup(30, 5)).to.equal(6);
    expect(lanesPerGroup(31, 5)).to.equal(6);
    expect(lanesPerGroup(3, 5)).to.equal(1);
    expect(lanesPerGroup(4, 0)).to.equal(4);
  });

  it("labels a group's crowded events in its next lanes, never in another group's", () => {
    // C and D, a year apart with wide labels, share the policy group's two lanes (0 and 1).
    const layout = layoutTimeline({ ...input, lanes: 6, laneSpan: 2, labelWidth: () => 180 });
    const lanes = Object.fromEntries(
      layout.marks.map((m) => [dataset.events[m.index]!.id, m.lane]),
    );
    expect(lanes.c).to.be.oneOf([0, 1]);
    expect(lanes.d).to.be.oneOf([0, 1]);
    expect({ a: lanes.a, b: lanes.b, e: lanes.e }).to.deep.equal({ a: 2, b: 4, e: 2 });
    expect(layout.clusters).to.deep.equal([]);
  });

  it("cuts or clusters what even the group's lanes cannot hold, never borrowing a lane", () => {
    const layout = layoutTimeline({ ...input, lanes: 6, laneSpan: 1, labelWidth: () => 980 });
    const whole = layout.marks.filter((m) => m.lane >= 0 && !m.cut);
    expect(whole.length).to.be.below(5);
    for (const mark of layout.marks.filter((m) => m.lane >= 0))
      expect(mark.lane, dataset.events[mark.index]!.id).to.equal(laneOf[mark.index]);
  });
});
