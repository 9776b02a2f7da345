import { expect } from '@open-wc/testing';
import { mount, part } from '../harness.js';

/** Relative luminance of a computed `rgb(r, g, b)` colour, as WCAG defines it. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('accessibility: contrast of the theme colours', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text at 4.5:1 and marks at 3:1 against the background, ${theme} theme`, async () => {
      const el = await mount({
        data: { events: [{ id: 'x', start: '2017', title: 'Plain' }] },
        attributes: { theme },
        size: [600, 300],
      });
      const background = getComputedStyle(el).backgroundColor;
      const axis = part(el, 'axis');
      const style = (element: Element | null) => getComputedStyle(element!);
      expect(contrast(style(part(el, 'label')).color, background), 'labels').to.be.at.least(4.5);
      expect(contrast(style(part(el, 'title')).color, background), 'title').to.be.at.least(4.5);
      const axisText = style(axis.querySelector('text')).fill;
      expect(contrast(axisText, background), 'axis labels').to.be.at.least(4.5);
      const dot = style(part(el, 'event').querySelector('.dot')).backgroundColor;
      expect(contrast(dot, background), 'a mark without a category colour').to.be.at.least(3);
      const axisLine = style(axis.querySelector('line')).stroke;
      expect(contrast(axisLine, background), 'the axis line').to.be.at.least(3);
    });
  }
});
