import { expect } from '@open-wc/testing';
import {
  cutAtWord,
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
  it('cuts a title between words, its ellipsis inside the lines it has', () => {
    // Every character 10 px wide: a line 100 px wide holds ten.
    const measure = (text: string) => 10 * [...text].length;
    const title = 'Still lagging, and exposed to cyber attacks';
    // Two lines of ten: "Still" ("Still lagging," takes 14), then "lagging," with no room for
    // "and…"; the comma before the ellipsis is dropped.
    expect(cutAtWord(title, 100, 2, 13, measure)).to.equal('Still lagging…');
    expect(cutAtWord(title, 140, 2, 13, measure)).to.equal('Still lagging, and exposed…');
    for (const [room, lines] of [
      [100, 2],
      [140, 2],
      [90, 3],
    ] as const) {
      const cut = cutAtWord(title, room, lines, 13, measure);
      expect(cut.endsWith('…'), cut).to.equal(true);
      // Filled word by word, as a browser fills the label's lines, it takes no more of them.
      let taken = 0;
      let line = '';
      for (const word of cut.split(' ')) {
        const next = line ? `${line} ${word}` : word;
        if (measure(next) <= room) line = next;
        else [taken, line] = [taken + 1, word];
      }
      expect(taken + 1, cut).to.be.at.most(lines);
    }
    // Whole where it fits; left whole for the browser where not one word does.
    expect(cutAtWord(title, 500, 1, 13, measure)).to.equal(title);
    expect(cutAtWord('Ransomware hits', 60, 2, 13, measure)).to.equal('Ransomware hits');
  });

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

  it('breaks a label where its lines are most even, on as few lines as its width holds', () => {
    // Every character 10 px wide, no padding: a width is ten times the longest line, plus 1.
    const titles = [
      'Ransomware hits the temporary national data centre',
      'Law\non data protection signed',
      'Oneword',
    ];
    const widths = labelWidthCache(
      titles.length,
      (i) => titles[i]!,
      13,
      0,
      (t) => 10 * t.length,
    );
    const title = titles[0]!;
    // A browser may break a label only at its spaces: its lines' own words are joined by
    // no-break spaces.
    const lines = (text: string) => text.split(' ').map((line) => line.replaceAll('\u00a0', ' '));
    expect(widths.broken(0, widths(0))).to.equal(title);
    // Two lines: after "the" they would be 19 and 30 characters long; after "temporary", 29
    // and 20, the most even, and the width the layout gave.
    const two = widths.broken(0, widths.wrapped(0));
    expect(lines(two)).to.deep.equal(['Ransomware hits the temporary', 'national data centre']);
    expect(widths.wrapped(0)).to.equal(10 * 29 + 1);
    const three = lines(widths.broken(0, widths.three(0)));
    expect(three).to.deep.equal(['Ransomware hits the', 'temporary national', 'data centre']);
    // Between the two widths, the label takes two lines, not three.
    expect(widths.broken(0, widths.wrapped(0) + 20)).to.equal(two);
    // The title's own line break is a space like any other: only the breaks found here break.
    expect(widths.broken(1, widths(1))).to.equal(titles[1]);
    expect(lines(widths.broken(1, widths.wrapped(1)))).to.deep.equal([
      'Law on data',
      'protection signed',
    ]);
    // A word wider than the label is left as it is, for the browser to cut.
    expect(widths.broken(2, 30)).to.equal('Oneword');
  });
});
