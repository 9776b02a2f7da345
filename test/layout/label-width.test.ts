import { expect } from '@open-wc/testing';
import {
  estimateTextWidth,
  labelWidthCache,
  threeLineWidth,
  twoLineWidth,
} from '../../src/layout/label-width.js';

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

  it('fits a title on three lines filled word by word up to its three-line width', () => {
    for (const title of [
      ...TITLES,
      'Ransomware hits the temporary data centre PDNS 2',
      'One two',
    ]) {
      const width = threeLineWidth(title, 13);
      expect(width, title).to.be.at.most(twoLineWidth(title, 13));
      // A browser filling each line up to this width needs no fourth line.
      const lines: string[] = [];
      for (const word of title.split(' ')) {
        const last = lines[lines.length - 1];
        if (last !== undefined && estimateTextWidth(`${last} ${word}`, 13) <= width)
          lines[lines.length - 1] = `${last} ${word}`;
        else lines.push(word);
      }
      expect(lines.length, title).to.be.at.most(3);
      if (title.split(' ').length >= 6) expect(width, title).to.be.below(twoLineWidth(title, 13));
    }
  });

  it('breaks two lines between words, never inside the longest one', () => {
    const title = 'A Sesquicentennialsupercalifragilistic b';
    const longest = estimateTextWidth('Sesquicentennialsupercalifragilistic', 17);
    expect(twoLineWidth(title, 17)).to.be.at.least(longest);
    expect(twoLineWidth('Oneword', 17)).to.be.at.least(estimateTextWidth('Oneword', 17));
  });

  it('measures each title once per font, on one line and on two, with the padding', () => {
    const titles = ['Short title', ...TITLES];
    const calls: string[] = [];
    const measure = (text: string, px: number) => {
      calls.push(text);
      return estimateTextWidth(text, px);
    };
    const widths = labelWidthCache(titles.length, (i) => titles[i]!, 17, 12, measure);
    expect(widths(0)).to.equal(estimateTextWidth('Short title', 17) + 12 + 1);
    expect(widths.wrapped(0)).to.be.below(widths(0));
    for (let i = 1; i < titles.length; i++) {
      // Two lines hold the whole title, in a little over half the one-line width.
      expect(2 * (widths.wrapped(i) - 13), titles[i]).to.be.at.least(
        estimateTextWidth(titles[i]!, 17) - 17,
      );
      expect(widths.wrapped(i), titles[i]).to.be.below(widths(i) * 0.7);
    }
    const measured = calls.length;
    // A zoom frame asks again: nothing is measured twice.
    for (let i = 0; i < titles.length; i++) widths(i) + widths.wrapped(i);
    expect(calls.length).to.equal(measured);
  });

  it('wraps with the function it is given, so the browser can measure in its real font', () => {
    const wide = labelWidthCache(
      1,
      () => 'Two words',
      13,
      0,
      (text) => text.length * 10,
    );
    expect(wide(0)).to.equal(91);
    expect(wide.wrapped(0)).to.equal(51);
  });
});
