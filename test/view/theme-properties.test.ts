import { expect, html } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { markNamed, mountLoaded } from '../helpers.js';

/** `var(--dt-x, fallback)` taken out, however deep its fallback's parentheses go. */
function withoutThemeProperties(value: string): string {
  let out = value;
  for (;;) {
    const start = out.search(/var\(\s*--(dt-|_)/);
    if (start < 0) return out;
    let depth = 0;
    let end = start;
    for (; end < out.length; end++) {
      if (out[end] === '(') depth++;
      else if (out[end] === ')' && --depth === 0) break;
    }
    out = out.slice(0, start) + out.slice(end + 1);
  }
}

const COLOUR =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|\b(?:white|black|red|green|blue|gr[ae]y|silver|orange|yellow|purple|navy)\b/i;
const ABSOLUTE_SIZE = /\d(?:px|pt|rem|cm|mm|in)\b/;
const COLOURED =
  /^(?:color|background(?:-color)?|fill|stroke|border(?:-[a-z]+)*|outline(?:-color)?|box-shadow|--_[a-z-]+)$/;

interface Finding {
  readonly selector: string;
  readonly declaration: string;
}

/** Declarations that set a colour, font or type size without a --dt-* property to change it. */
function unthemed(rules: CSSRuleList, found: Finding[] = []): Finding[] {
  for (const rule of rules) {
    // Forced colours use the system's colours on purpose: nothing to theme there.
    if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors')) continue;
    if (rule instanceof CSSGroupingRule && !(rule instanceof CSSStyleRule)) {
      unthemed(rule.cssRules, found);
      continue;
    }
    if (!(rule instanceof CSSStyleRule)) continue;
    for (const declaration of rule.style.cssText.split(/;\s*/).filter(Boolean)) {
      const colon = declaration.indexOf(':');
      const property = declaration.slice(0, colon).trim();
      const rest = withoutThemeProperties(declaration.slice(colon + 1)).replace('!important', '');
      const bad =
        (COLOURED.test(property) && COLOUR.test(rest)) ||
        (property === 'font-size' && ABSOLUTE_SIZE.test(rest)) ||
        (property === 'font-family' && rest.trim() !== '' && rest.trim() !== 'inherit');
      if (bad) found.push({ selector: rule.selectorText, declaration });
    }
    if (rule.cssRules.length) unthemed(rule.cssRules, found);
  }
  return found;
}

describe('theming', () => {
  it('measures labels at the --dt-label-font-size the page sets, so larger type is not cut sooner', async () => {
    const widths = async (style: string) => {
      const el = await mountLoaded(
        html`<diplomacy-timeline
          .data=${{ events: [{ id: 'a', start: '2017', title: 'DCC set up' }] }}
          lang="en"
          style="width: 1000px; height: 420px; ${style}"
        ></diplomacy-timeline>`,
      );
      const label = markNamed(el, 'DCC set up')!.querySelector<HTMLElement>('.label')!;
      return {
        room: parseFloat(label.style.maxWidth),
        text: label.scrollWidth,
        shown: label.clientWidth,
      };
    };
    const normal = await widths('');
    const large = await widths('--dt-label-font-size: 18px');
    expect(large.room).to.be.greaterThan(normal.room * 1.25);
    // As much of the text shows at the larger size as at the default one.
    expect(large.shown / large.text).to.be.at.least(normal.shown / normal.text - 0.05);
  });

  it('gives every colour, font and type size a --dt-* custom property', () => {
    const findings: Finding[] = [];
    for (const style of DiplomacyTimeline.styles as CSSResult[]) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(style.cssText);
      unthemed(sheet.cssRules, findings);
    }
    expect(findings).to.deep.equal([]);
  });

  it('would notice a colour written into the styles directly', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '.a { color: #123456; font-size: 13px } .b { color: var(--dt-color, #123456) } @media (forced-colors: active) { .c { color: CanvasText } }',
    );
    expect(unthemed(sheet.cssRules).map((f) => f.declaration)).to.deep.equal([
      'color: rgb(18, 52, 86)',
      'font-size: 13px',
    ]);
  });
});
