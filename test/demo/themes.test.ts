import { expect } from '@open-wc/testing';
import { markLabels, part } from '../harness.js';
import { allDrawnIn, openPage } from '../pages.js';

describe('demo/themes.html', () => {
  it('builds its three themes from --dt-* properties and ::part() rules only', async () => {
    const frame = await openPage('/dist/demo/themes.html', { title: 'themes', size: [1200, 900] });
    const [plain, night, museum] = await allDrawnIn(frame, 3);
    const doc = frame.contentDocument!;

    // What the page says about the widgets: custom properties and a height on the element,
    // anything else only through ::part().
    const rules = [...doc.styleSheets]
      .filter((sheet) => !sheet.href || sheet.href.endsWith('/themes.css'))
      .flatMap((sheet) => [...sheet.cssRules])
      // The frame's own CSSStyleRule, not this window's: tell rules by their selector.
      .filter((rule): rule is CSSStyleRule => 'selectorText' in rule)
      .filter((rule) => /\.(night|museum)/.test(rule.selectorText));
    expect(rules.length).to.be.greaterThan(4);
    for (const rule of rules) {
      if (rule.selectorText.includes('::part(')) continue;
      expect(rule.selectorText).to.match(/^\.(night|museum)$/);
      for (const property of rule.style)
        expect(property, rule.selectorText).to.match(/^(--dt-[a-z-]+|height)$/);
    }

    const view = doc.defaultView!;
    const background = (el: Element) => view.getComputedStyle(el).backgroundColor;
    expect(background(night!)).to.equal('rgb(16, 24, 38)');
    expect(background(museum!)).to.equal('rgb(247, 241, 230)');
    expect(background(plain!)).to.not.equal(background(night!));
    expect(view.getComputedStyle(museum!).fontFamily).to.contain('Georgia');
    expect(view.getComputedStyle(museum!).fontSize).to.equal('20px');
    expect(view.getComputedStyle(markLabels(museum!)[0]!).fontSize).to.equal('16px');
    const title = part(museum!, 'title');
    expect(view.getComputedStyle(title).fontStyle).to.equal('italic');
  });
});
