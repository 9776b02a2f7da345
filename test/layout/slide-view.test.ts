import { expect } from '@open-wc/testing';
import type { Precision } from '../../src/data/dates.js';
import type { TimelineEvent } from '../../src/data/model.js';
import { slideView } from '../../src/layout/slide-view.js';
import { ViewRange } from '../../src/layout/view-range.js';

const YEAR = 365.25 * 24 * 3600 * 1000;
const at = (year: number) => Date.UTC(year, 0, 1);

function events(...starts: [number, Precision?, number?][]): TimelineEvent[] {
  return starts.map(([year, precision = 'year', endYear], index) => ({
    id: String(index),
    index,
    start: at(year),
    startPrecision: precision,
    ...(endYear ? { end: at(endYear), endPrecision: 'year' as const } : {}),
    circa: false,
    title: { '*': String(year) },
    sources: [],
  }));
}

const home = new ViewRange(at(1990), at(2030));

describe('slideView', () => {
  it('centres the event and reaches its nearest neighbours', () => {
    const list = events([2000], [2010], [2014]);
    const view = slideView(list, 1, home);
    expect(view.contains(at(2010))).to.equal(true);
    expect(view.contains(at(2014))).to.equal(true);
    // The nearer neighbour (2014) sets the span; 2000 is further away than that.
    expect(view.contains(at(2000))).to.equal(false);
    expect(view.span).to.be.lessThan(home.span / 3);
  });

  it('looks past neighbours on the same date', () => {
    const list = events([2000, 'decade'], [2000, 'decade'], [2002]);
    const view = slideView(list, 0, home);
    expect(view.contains(at(2002))).to.equal(true);
    // "c. 2000s" is a decade: the view holds all of it.
    expect(view.span).to.be.at.least(10 * YEAR);
  });

  it('shows a whole era', () => {
    const list = events([2000], [2004, 'year', 2019], [2020]);
    const view = slideView(list, 1, home);
    expect(view.start).to.be.at.most(at(2004));
    expect(view.end).to.be.at.least(at(2019));
  });

  it('never goes wider than the whole, even for a lone event', () => {
    const view = slideView(events([2010]), 0, home);
    expect(view.span).to.be.at.most(home.span);
    expect(view.contains(at(2010))).to.equal(true);
  });
});
