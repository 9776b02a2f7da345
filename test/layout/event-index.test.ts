import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/data/model.js';
import {
  type EventIndex,
  indexEvents,
  lowerBound,
  pointsBetween,
  rangesBetween,
  upperBound,
} from '../../src/layout/event-index.js';
import { seededRandom as seeded } from '../../scripts/seeded-random.mjs';

/** Sorted values on a coarse grid, so duplicates are common. */
function sortedValues(random: () => number, count: number): Float64Array {
  const values = Float64Array.from({ length: count }, () => Math.floor(random() * 50));
  return values.sort();
}

/** Events already in time order, as a Dataset keeps them; about a third are ranges. */
function randomEvents(random: () => number, count: number): TimelineEvent[] {
  const raw = Array.from({ length: count }, () => {
    const start = Math.floor(random() * 1000);
    return random() < 0.35 ? { start, end: start + Math.floor(random() * 300) } : { start };
  });
  raw.sort((a, b) => a.start - b.start);
  return raw.map((r, index) => ({
    id: `e${index}`,
    index,
    start: r.start,
    startPrecision: 'day',
    ...(r.end !== undefined ? { end: r.end, endPrecision: 'day' as const } : {}),
    circa: false,
    title: { '*': `Event ${index}` },
    sources: [],
  }));
}

/**
 * Asks `check` about 50 random datasets, 20 random windows [a, b] each (some reaching past
 * either end of the events).
 */
function forRandomWindows(
  seed: number,
  check: (events: TimelineEvent[], index: EventIndex, a: number, b: number) => void,
): void {
  const random = seeded(seed);
  for (let round = 0; round < 50; round++) {
    const events = randomEvents(random, Math.floor(random() * 200));
    const index = indexEvents(events);
    for (let q = 0; q < 20; q++) {
      const a = Math.floor(random() * 1200) - 100;
      check(events, index, a, a + Math.floor(random() * 400));
    }
  }
}

function pointIndices(index: EventIndex, [from, to]: [number, number]): number[] {
  return [...index.points.subarray(from, to)];
}

describe('lowerBound and upperBound', () => {
  it('count the values below and not above x, as a linear scan does', () => {
    const random = seeded(1);
    for (let round = 0; round < 200; round++) {
      const values = sortedValues(random, Math.floor(random() * 40));
      for (const x of [-1, 0, 0.5, 10, 25, 25.5, 49, 50, Math.floor(random() * 52) - 1]) {
        expect(lowerBound(values, x), `lowerBound(${x})`).to.equal(
          values.filter((v) => v < x).length,
        );
        expect(upperBound(values, x), `upperBound(${x})`).to.equal(
          values.filter((v) => v <= x).length,
        );
      }
    }
  });

  it('search only the part between lo and hi when given', () => {
    const values = Float64Array.from([1, 2, 2, 2, 3, 5, 8]);
    expect(lowerBound(values, 2, 2)).to.equal(2);
    expect(upperBound(values, 2, 0, 2)).to.equal(2);
    expect(lowerBound(values, 9, 0, 4)).to.equal(4);
    expect(upperBound(values, 0, 3)).to.equal(3);
  });

  it('find nothing in an empty array', () => {
    expect(lowerBound(new Float64Array(0), 1)).to.equal(0);
    expect(upperBound(new Float64Array(0), 1)).to.equal(0);
  });
});

describe('indexEvents', () => {
  it('keeps points and ranges apart, each in time order', () => {
    const events = randomEvents(seeded(2), 300);
    const index = indexEvents(events);
    expect(index.size).to.equal(300);
    expect([...index.points]).to.deep.equal(
      events.filter((e) => e.end === undefined).map((e) => e.index),
    );
    expect([...index.ranges]).to.deep.equal(
      events.filter((e) => e.end !== undefined).map((e) => e.index),
    );
    expect([...index.pointTimes]).to.deep.equal(
      events.filter((e) => e.end === undefined).map((e) => e.start),
    );
    expect([...index.rangeEnds]).to.deep.equal(
      events.filter((e) => e.end !== undefined).map((e) => e.end),
    );
  });

  it('spans from the earliest start to the latest end', () => {
    const events = randomEvents(seeded(3), 300);
    const index = indexEvents(events);
    expect(index.first).to.equal(Math.min(...events.map((e) => e.start)));
    expect(index.last).to.equal(Math.max(...events.map((e) => e.end ?? e.start)));
  });

  it('has no extent when there are no events', () => {
    const index = indexEvents([]);
    expect(index.size).to.equal(0);
    expect(Number.isNaN(index.first)).to.equal(true);
    expect(Number.isNaN(index.last)).to.equal(true);
  });
});

describe('pointsBetween', () => {
  it('finds exactly the points whose time lies in [start, end], ends included', () => {
    forRandomWindows(4, (events, index, a, b) => {
      const expected = events
        .filter((e) => e.end === undefined && e.start >= a && e.start <= b)
        .map((e) => e.index);
      expect(pointIndices(index, pointsBetween(index, a, b)), `[${a}, ${b}]`).to.deep.equal(
        expected,
      );
    });
  });
});

describe('rangesBetween', () => {
  it('finds exactly the ranges that overlap [start, end], in start order', () => {
    forRandomWindows(5, (events, index, a, b) => {
      const expected = events
        .filter((e) => e.end !== undefined && e.start <= b && e.end >= a)
        .map((e) => e.index);
      const found = rangesBetween(index, a, b).map((r) => index.ranges[r]);
      expect(found, `[${a}, ${b}]`).to.deep.equal(expected);
    });
  });

  it('finds a long range that began well before the window and still covers it', () => {
    const range = (id: string, index: number, start: number, end: number): TimelineEvent => ({
      id,
      index,
      start,
      end,
      startPrecision: 'day',
      endPrecision: 'day',
      circa: false,
      title: { '*': id },
      sources: [],
    });
    const events = [
      range('long', 0, 0, 1000),
      range('short', 1, 10, 20),
      range('later', 2, 700, 800),
    ];
    const index = indexEvents(events);
    expect(rangesBetween(index, 500, 600).map((r) => index.ranges[r])).to.deep.equal([0]);
  });

  it('finds the long era and the short ranges in a window behind it, among thousands', () => {
    const random = seeded(11);
    const raw = [
      { start: 0, end: 100_000 },
      ...Array.from({ length: 3000 }, () => {
        const start = 1 + Math.floor(random() * 99_000);
        return { start, end: start + Math.floor(random() * 50) };
      }),
    ].sort((a, b) => a.start - b.start);
    const events = raw.map((e, index): TimelineEvent => ({
      id: `r${index}`,
      index,
      ...e,
      startPrecision: 'day',
      endPrecision: 'day',
      circa: false,
      title: { '*': `r${index}` },
      sources: [],
    }));
    const index = indexEvents(events);
    for (const [a, b] of [
      [60_000, 60_500],
      [99_990, 120_000],
      [-10, 0],
    ] as const) {
      const expected = events.filter((e) => e.start <= b && e.end! >= a).map((e) => e.index);
      expect(
        rangesBetween(index, a, b).map((r) => index.ranges[r]),
        `[${a}, ${b}]`,
      ).to.deep.equal(expected);
    }
  });
});
