import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { accessibleName, bundledIn } from '../helpers.js';

/** Where each of `text`'s lines (parts of a text node) lies on screen: one top per line. */
function linesOnScreen(node: Text, lines: readonly string[]): number[][] {
  let from = 0;
  return lines.map((line) => {
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, from + line.length);
    from += line.length + 1;
    return [...new Set([...range.getClientRects()].map((r) => Math.round(r.top)))];
  });
}

describe('wrapped labels', () => {
  it('show the lines the layout balanced, each on a line of its own, in every engine', async () => {
    const root = (await bundledIn(672)).shadowRoot!;
    const marks = [...root.querySelectorAll<HTMLElement>('.mark.wrapped:not(.cut)')];
    // The 2002 directorate general, the 2016 emphasis and others: too long for one line.
    expect(marks.length, 'wrapped labels').to.be.at.least(3);
    for (const mark of marks) {
      const name = accessibleName(mark);
      const label = mark.querySelector<HTMLElement>('.label')!;
      const node = [...label.childNodes].find(
        (n): n is Text => n instanceof Text && !!n.data.trim(),
      )!;
      // The layout joined each line's words with no-break spaces: only its breaks are spaces.
      const lines = node.data.split(' ');
      expect(lines.length, name).to.be.oneOf([2, 3]);
      expect(lines.join(' ').replaceAll('\u00a0', ' '), name).to.equal(
        name.slice(0, name.lastIndexOf(', ')),
      );
      const tops = linesOnScreen(node, lines);
      for (const [i, line] of tops.entries())
        expect(line, `${name}: line ${i + 1}`).to.have.length(1);
      const firsts = tops.map((line) => line[0]!);
      expect(firsts, name).to.deep.equal([...firsts].sort((a, b) => a - b));
      expect(new Set(firsts).size, name).to.equal(lines.length);
      // Whole: the label's box holds every line (Firefox rounds the height of three lines, a
      // fraction of a pixel over 44, up to 45 for the text and down to 44 for the box).
      expect(label.scrollWidth, name).to.be.at.most(label.clientWidth);
      expect(label.scrollHeight, name).to.be.at.most(label.clientHeight + 1);
    }
  });
});
