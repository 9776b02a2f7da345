import { expect } from '@open-wc/testing';
import { timeDay, timeMonth, timeYear } from 'd3-time';
import fc from 'fast-check';
import { type Tick, type TickUnit, layoutTicks } from '../../src/layout/ticks.js';
import { ViewRange } from '../../src/layout/view-range.js';

const WIDTH = 1000;
const MIN_SPACING = 72;
const DAY = 24 * 3600 * 1000;

function view(from: Date, to: Date): ViewRange {
  return new ViewRange(from.getTime(), to.getTime());
}

const views: readonly { name: string; view: ViewRange; unit: TickUnit }[] = [
  { name: '~100 years', view: view(new Date(1950, 0, 1), new Date(2050, 0, 1)), unit: 'year' },
  { name: '~10 years', view: view(new Date(2000, 3, 10), new Date(2010, 3, 10)), unit: 'year' },
  { name: '~1 year', view: view(new Date(2017, 0, 1), new Date(2018, 0, 1)), unit: 'month' },
  { name: '~2 months', view: view(new Date(2017, 2, 1), new Date(2017, 4, 1)), unit: 'day' },
  { name: '~10 days', view: view(new Date(2017, 0, 5), new Date(2017, 0, 15)), unit: 'day' },
];

function expectReadableTicks(ticks: readonly Tick[], v: ViewRange, label: string): void {
  expect(ticks.length, `${label}: tick count`).to.be.at.least(2);
  for (const [i, tick] of ticks.entries()) {
    expect(tick.time, `${label}: tick ${i} inside the view`).to.be.within(v.start, v.end);
    expect(tick.x, `${label}: tick ${i} on the drawing`).to.be.within(0, WIDTH);
    expect(tick.x).to.be.closeTo(v.x(tick.time, WIDTH), 1e-6);
    const next = ticks[i + 1];
    if (next) {
      expect(next.time, `${label}: ticks ${i} and ${i + 1} in order`).to.be.above(tick.time);
      expect(next.x - tick.x, `${label}: ticks ${i} and ${i + 1} apart`).to.be.at.least(
        MIN_SPACING,
      );
    }
  }
}

describe('layoutTicks', () => {
  for (const { name, view: v, unit } of views) {
    it(`lays out ordered, readable ${unit} ticks inside a view of ${name}`, () => {
      const ticks = layoutTicks(v, WIDTH);
      expectReadableTicks(ticks, v, name);
      for (const tick of ticks) expect(tick.unit).to.equal(unit);
    });
  }

  it('goes from years to months to days as the view narrows', () => {
    const rank: Record<TickUnit, number> = { year: 0, month: 1, day: 2 };
    const units = views.map(({ view: v }) => layoutTicks(v, WIDTH)[0]!.unit);
    expect(units).to.deep.equal(views.map((v) => v.unit));
    for (let i = 1; i < units.length; i++)
      expect(rank[units[i]!]).to.be.at.least(rank[units[i - 1]!]);
  });

  it('puts ticks on round years in a view of decades', () => {
    const ticks = layoutTicks(views[0]!.view, WIDTH);
    for (const tick of ticks) {
      const date = new Date(tick.time);
      expect(date.getFullYear() % 10, String(date)).to.equal(0);
      expect([date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).to.deep.equal([
        0, 1, 0, 0,
      ]);
    }
    expect(ticks.map((t) => new Date(t.time).getFullYear())).to.deep.equal([
      1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020, 2030, 2040, 2050,
    ]);
  });

  it('puts each tick at the start of its unit, in local time', () => {
    for (const { view: v } of views) {
      for (const tick of layoutTicks(v, WIDTH)) {
        const date = new Date(tick.time);
        expect([
          date.getHours(),
          date.getMinutes(),
          date.getSeconds(),
          date.getMilliseconds(),
        ]).to.deep.equal([0, 0, 0, 0]);
        if (tick.unit !== 'day') expect(date.getDate()).to.equal(1);
        if (tick.unit === 'year') expect(date.getMonth()).to.equal(0);
      }
    }
  });

  it('marks the start of a larger unit as major', () => {
    const yearly = layoutTicks(views[1]!.view, WIDTH);
    expect(yearly.filter((t) => t.major).map((t) => new Date(t.time).getFullYear())).to.deep.equal([
      2010,
    ]);
    const monthly = layoutTicks(view(new Date(2016, 6, 1), new Date(2017, 6, 1)), WIDTH);
    expect(monthly[0]!.unit).to.equal('month');
    expect(monthly.filter((t) => t.major).map((t) => new Date(t.time).getMonth())).to.deep.equal([
      0,
    ]);
    const daily = layoutTicks(view(new Date(2017, 0, 26), new Date(2017, 1, 5)), WIDTH);
    expect(daily.filter((t) => t.major).map((t) => new Date(t.time).getDate())).to.deep.equal([1]);
  });

  it('keeps labels at least 72px apart at any zoom, short months and years included', () => {
    const base = new Date(2016, 0, 1).getTime();
    for (let days = 4; days < 200 * 366; days *= 1.05) {
      const v = new ViewRange(base, base + days * DAY);
      expectReadableTicks(layoutTicks(v, WIDTH), v, `${days.toFixed(1)} days`);
    }
  });

  it("puts ticks on the dates d3-time's intervals gave, at any zoom and place", () => {
    // The module steps through dates itself (d3-time cost 4 KB); the intervals it used are the
    // reference: day steps from the first of each month, months and years from round numbers.
    const reference = (t: Tick, every: number) => {
      if (t.unit === 'day') {
        return every === 1
          ? timeDay
          : timeDay.filter((d) => (d.getDate() - 1) % every === 0 && d.getDate() < 29);
      }
      const base = t.unit === 'month' ? timeMonth : timeYear;
      return every === 1 ? base : base.every(every)!;
    };
    fc.assert(
      fc.property(
        // Whole milliseconds, as Date keeps them (d3-time was given Dates).
        fc.integer({ min: -3e13, max: 4e12 }),
        fc.double({ min: 0.3, max: 7, noNaN: true }),
        (start, log) => {
          const v = new ViewRange(start, start + Math.round(10 ** log * 3600_000));
          const ticks = layoutTicks(v, WIDTH);
          if (ticks.length < 2) return;
          // The step the ticks take, read back from the reference that reproduces them.
          const got = ticks.map((t) => t.time);
          const candidates = [1, 2, 3, 5, 6, 7, 10, 14, 20, 50, 100, 500, 1000].map((every) =>
            reference(ticks[0]!, every)
              .range(new Date(v.start), new Date(v.end + 1))
              .map((d) => d.getTime()),
          );
          expect(candidates.some((c) => JSON.stringify(c) === JSON.stringify(got))).to.equal(
            true,
            `${new Date(v.start).toISOString()} – ${new Date(v.end).toISOString()}: ${got.map((t) => new Date(t).toISOString()).join(' ')}`,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('draws no ticks on a drawing without width or a view without span', () => {
    expect(layoutTicks(views[0]!.view, 0)).to.deep.equal([]);
    expect(layoutTicks(new ViewRange(5, 5), WIDTH)).to.deep.equal([]);
  });
});
