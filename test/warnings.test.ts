import { expect, fixture, html } from '@open-wc/testing';
import { DEFAULT_DATASET, drawn } from './helpers.js';
import { mount } from './harness.js';

/** Runs `act` and answers what it said in the console with console.warn. */
async function warningsDuring(act: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    await act();
  } finally {
    console.warn = warn;
  }
  return said;
}

describe('console warnings', () => {
  it('name the widget, and say a start and end it cannot read once, however often it reads them', async () => {
    const said = await warningsDuring(async () => {
      const el = await mount({
        src: DEFAULT_DATASET,
        attributes: { start: 'soon' },
        size: [800, 400],
      });
      // Each of these reads start and end again.
      el.end = 'later';
      await el.updateComplete;
      el.reset();
      el.data = {
        events: [
          { id: 'a', start: '2001', title: 'A' },
          { id: 'b', start: '2010', title: 'B' },
        ],
      };
      await drawn(el);
      el.reset();
      await el.updateComplete;
    });
    const about = said.filter((line) => line.includes('start and end must be ISO dates'));
    expect(about).to.have.length(1);
    expect(about[0]).to.match(/^<diplomacy-timeline>: /);
  });

  it('say a wrong zoomTo once, and each different wrong call once too', async () => {
    const said = await warningsDuring(async () => {
      const el = await mount({ src: DEFAULT_DATASET, size: [800, 400] });
      el.zoomTo('2010', '2001');
      el.zoomTo('2010', '2001');
      el.zoomTo('someday', '2001');
    });
    expect(said.filter((line) => line.includes('zoomTo needs two dates'))).to.deep.equal([
      '<diplomacy-timeline>: zoomTo needs two dates in order, got 2010, 2001.',
      '<diplomacy-timeline>: zoomTo needs two dates in order, got someday, 2001.',
    ]);
  });

  it('say an id that no event has once for two timelines on one page', async () => {
    const said = await warningsDuring(async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <diplomacy-timeline
            src=${DEFAULT_DATASET}
            selected="no-such-event"
            style="width: 800px; height: 300px"
          ></diplomacy-timeline>
          <diplomacy-timeline
            src=${DEFAULT_DATASET}
            selected="no-such-event"
            style="width: 800px; height: 300px"
          ></diplomacy-timeline>
        </div>`,
      );
      for (const el of wrapper.querySelectorAll('diplomacy-timeline')) await drawn(el);
    });
    expect(said.filter((line) => line.includes('"no-such-event"'))).to.have.length(1);
  });
});
