import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { overlap } from '../geometry.js';
import { accessibleName, bundledIn } from '../helpers.js';

const HEADLINES = [
  'Directorate General of Information and Public Diplomacy founded',
  'Foreign minister: diplomats must go digital',
  'Digital Command Center set up',
];

const whole = (label: HTMLElement) =>
  label.scrollWidth <= label.clientWidth && label.scrollHeight <= label.clientHeight;

/** The bundled dataset, in English, drawn in a box `width` × 416 px: its shadow root. */
async function firstView(width: number): Promise<ShadowRoot> {
  return (await bundledIn(width)).shadowRoot!;
}

/** What a reader of an article sees first: the bundled dataset in a 672 × 416 column. */
describe('the first view in an article column', () => {
  it('labels every event, the headlines and all but one label whole, none over another', async () => {
    const root = await firstView(672);
    expect(root.querySelector('.cluster'), 'no cluster').to.equal(null);
    const marks = [...root.querySelectorAll<HTMLElement>('.mark')];
    expect(marks.length).to.equal(12);
    const labels = marks.map((m) => m.querySelector<HTMLElement>('.label')!);
    for (const [i, label] of labels.entries()) {
      expect(label.clientWidth, accessibleName(marks[i]!)).to.be.above(0);
    }
    const wholeLabels = labels.filter((label, i) => whole(label) && !marks[i]!.matches('.cut'));
    expect(wholeLabels.length, 'whole labels').to.be.at.least(11);
    for (const headline of HEADLINES) {
      const i = marks.findIndex((m) => accessibleName(m).startsWith(headline));
      expect(i, headline).to.be.at.least(0);
      expect(whole(labels[i]!) && !marks[i]!.matches('.cut'), headline).to.equal(true);
    }
    expectApart(root, marks, labels);
  });
});

/** A phone (a 375 px screen with its margins), or a 343 px sidebar. */
describe('the first view in a 343 px box', () => {
  it('labels every event, the early ones beside the range bars, none over another', async () => {
    const root = await firstView(343);
    expect(root.querySelector('.cluster'), 'no cluster').to.equal(null);
    const marks = [...root.querySelectorAll<HTMLElement>('.mark')];
    expect(marks.length).to.equal(12);
    const labels = marks.map((m) => m.querySelector<HTMLElement>('.label'));
    const shown = labels.filter((label): label is HTMLElement => !!label?.clientWidth);
    // The nine events of 2016–2024 share 97 px under the bars: each needs a lane of its own,
    // which the height left by the folded search row (and no cluster row) gives them.
    expect(shown.length, 'labelled').to.equal(12);
    const wholeLabels = labels.filter((l, i) => l && whole(l) && !marks[i]!.matches('.cut'));
    expect(wholeLabels.length, 'whole labels').to.be.at.least(11);
    for (const headline of HEADLINES) {
      const i = marks.findIndex((m) => accessibleName(m).startsWith(headline));
      expect(i, headline).to.be.at.least(0);
      expect(whole(labels[i]!) && !marks[i]!.matches('.cut'), headline).to.equal(true);
    }
    // Labels beside the bars: level with them, left of where they start.
    const bars = [...root.querySelectorAll('.range')].map((r) => r.getBoundingClientRect());
    const barsBottom = Math.max(...bars.map((b) => b.bottom));
    const barsLeft = Math.min(...bars.map((b) => b.left));
    const beside = shown.filter((label) => {
      const box = label.getBoundingClientRect();
      return box.top < barsBottom && box.right < barsLeft;
    });
    expect(beside.length, 'labels beside the bars').to.be.at.least(1);
    expectApart(root, marks, shown);
  });
});

/** The narrowest phones (320 px screens, an iPhone SE's first model among them). */
describe('the first view in a 320 px box', () => {
  it('labels every event and the three headlines whole, none over another', async () => {
    const root = await firstView(320);
    const marks = [...root.querySelectorAll<HTMLElement>('.mark')];
    expect(marks.length).to.equal(12);
    const labels = marks.map((m) => m.querySelector<HTMLElement>('.label'));
    // The room left of the era bars takes an early label where the lanes below are full.
    expect(labels.filter((label) => label?.clientWidth).length, 'labelled').to.equal(12);
    for (const headline of HEADLINES) {
      const i = marks.findIndex((m) => accessibleName(m).startsWith(headline));
      expect(i, headline).to.be.at.least(0);
      const label = labels[i];
      expect(!!label && whole(label) && !marks[i]!.matches('.cut'), headline).to.equal(true);
    }
    expectApart(
      root,
      marks,
      labels.filter((label): label is HTMLElement => !!label?.clientWidth),
    );
  });
});

/** No label over another, nor over another event's dot; bars and labels apart too. */
function expectApart(root: ShadowRoot, marks: HTMLElement[], labels: HTMLElement[]) {
  const boxes = [
    ...labels.map((l) => l.getBoundingClientRect()),
    ...[...root.querySelectorAll('.range')].map((r) => r.getBoundingClientRect()),
  ];
  const dots = marks.map((m) => m.querySelector('.dot')!.getBoundingClientRect());
  for (const [i, box] of boxes.entries()) {
    for (const [j, other] of boxes.entries()) {
      if (j > i) expect(overlap(box, other, 0.5), `boxes ${i} and ${j}`).to.equal(false);
    }
    for (const dot of dots) {
      // A label's own dot sits beside it, never under it.
      expect(overlap(box, dot, 0.5), `box ${i} over a dot`).to.equal(false);
    }
  }
}
