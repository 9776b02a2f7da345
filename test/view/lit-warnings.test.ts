import { expect } from '@open-wc/testing';
import { DEFAULT_DATASET, drawn, until } from '../helpers.js';
import { findPart, mount, part } from '../harness.js';

// Lit's development build says each of its warnings once per page, so this file listens from
// before its first timeline updates. The drawing is sized and the legend folded after an
// update has measured them; those follow-up updates must not read, to Lit, as a cascade.
const said: string[] = [];
const consoleWarn = console.warn;
console.warn = (...args: unknown[]) => {
  said.push(args.map(String).join(' '));
  consoleWarn.apply(console, args);
};

describe('Lit in development', () => {
  after(() => {
    console.warn = consoleWarn;
  });

  it('has nothing to warn of while a timeline loads, sizes its drawing, folds its legend and shows its list', async () => {
    const el = await mount({ src: DEFAULT_DATASET, size: [375, 416] });
    // The search row, folded into the header in a box this short, opened: its phone-wide
    // legend is laid out in a row, measured and folded into its button.
    part(el, 'control-filters').click();
    await until(() => findPart(el, 'legend-toggle'));
    el.style.width = '1200px';
    await until(() => !findPart(el, 'legend-toggle'));
    // Back from the list, the drawing is shown again and sized in the update after.
    const list = part(el, 'control-list');
    list.click();
    await until(() => part(el, 'plot').hidden);
    list.click();
    await drawn(el);
    await el.updateComplete;
    expect(said.filter((line) => line.includes('lit.dev/msg/change-in-update'))).to.deep.equal([]);
  });
});
