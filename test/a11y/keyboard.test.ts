import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { threeEvents } from '../fixtures/small-dataset.js';
import { focused, mount, mountBetween } from '../harness.js';
import { accessibleName, markNamed } from '../helpers.js';

describe('accessibility: keyboard only', () => {
  it('walks in from the page, through three events, into a card and out, and on out of the widget', async () => {
    const { el, before } = await mountBetween({ data: threeEvents, size: [900, 400] }, 'a');
    before.focus();
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      names.push(accessibleName(focused(el)!));
    }
    // The list toggle comes first, so a screen reader meets the list before the drawing.
    expect(names).to.deep.equal([
      'List',
      'Zoom in',
      'Zoom out',
      'Show everything',
      'Download image',
      'First, 2002',
    ]);
    await sendKeys({ press: 'ArrowRight' });
    expect(accessibleName(focused(el)!)).to.equal('Only in English, 2016');
    await sendKeys({ press: 'ArrowRight' });
    expect(accessibleName(focused(el)!)).to.equal('Third, 10 January 2017');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)!.getAttribute('part')).to.equal('detail');
    // Inside the card, Tab reaches its close button; nothing traps focus there.
    await sendKeys({ press: 'Tab' });
    expect(accessibleName(focused(el)!)).to.equal('Close');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(accessibleName(focused(el)!)).to.equal('Third, 10 January 2017');
    // After the drawing come the search box and the legend, then the page goes on.
    const after: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      const inside = focused(el);
      after.push(inside ? accessibleName(inside) : document.activeElement!.id);
    }
    expect(after).to.deep.equal(['Search events', 'Institution', 'after']);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift+Tab' });
    expect(accessibleName(focused(el)!), 'back in at the event last focused').to.equal(
      'Third, 10 January 2017',
    );
  });

  it('shows where focus is with a visible ring', async () => {
    const el = await mount({ data: threeEvents, size: [900, 400] });
    markNamed(el, 'First')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(accessibleName(focused(el)!)).to.equal('Only in English, 2016');
    const style = getComputedStyle(focused(el)!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
