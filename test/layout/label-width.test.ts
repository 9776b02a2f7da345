import { expect } from '@open-wc/testing';
import { estimateTextWidth, labelWidthCache, twoLineWidth } from '../../src/layout/label-width.js';

const TITLES = [
  'Ditjen Informasi dan Diplomasi Publik dibentuk',
  'Directorate General of Information and Public Diplomacy founded',
  'Serangan ransomware mengganggu PDNS',
];

describe('label widths', () => {
  it('fits a title on two lines in a little over half its one-line width', () => {
    for (const title of TITLES) {
      const one = estimateTextWidth(title, 17);
      const two = twoLineWidth(title, 17);
      expect(two, title).to.be.below(one * 0.7);
      expect(two, title).to.be.at.least(one / 2);
    }
  });

  it('breaks two lines between words, never inside the longest one', () => {
    const title = 'A Sesquicentennialsupercalifragilistic b';
    const longest = estimateTextWidth('Sesquicentennialsupercalifragilistic', 17);
    expect(twoLineWidth(title, 17)).to.be.at.least(longest);
    expect(twoLineWidth('Oneword', 17)).to.be.at.least(estimateTextWidth('Oneword', 17));
  });

  it('keeps one line where a label fits, and wraps a longer one onto two', () => {
    const titles = ['Short title', ...TITLES];
    const wrapped = labelWidthCache(titles.length, (i) => titles[i]!, 17, 340, 12, true);
    const single = labelWidthCache(titles.length, (i) => titles[i]!, 17, 340, 12);
    expect(wrapped(0)).to.be.at.least(estimateTextWidth('Short title', 17) + 12);
    expect(wrapped(0)).to.be.below(estimateTextWidth('Short title', 17) * 1.2 + 12);
    for (let i = 1; i < titles.length; i++) {
      // The whole title fits the box on two lines, in a box narrower than the one-line cap.
      expect(2 * (wrapped(i) - 12), titles[i]).to.be.at.least(estimateTextWidth(titles[i]!, 17));
      expect(wrapped(i), titles[i]).to.be.at.most(340);
    }
    // One line only: the long titles are cut at the cap, as before.
    expect(single(2)).to.equal(340);
    expect(single(0)).to.equal(estimateTextWidth('Short title', 17) + 12);
  });
});
