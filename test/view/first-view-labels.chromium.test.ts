import { expect, fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import '../../src/index.js';
import { overlap } from '../geometry.js';
import { DEFAULT_DATASET, accessibleName, drawn } from '../helpers.js';

const HEADLINES = [
  'Directorate General of Information and Public Diplomacy founded',
  'Foreign minister: diplomats must go digital',
  'Digital Command Center set up',
];

const whole = (label: HTMLElement) =>
  label.scrollWidth <= label.clientWidth && label.scrollHeight <= label.clientHeight;

/** What a reader of an article sees first: the bundled dataset in a 672 × 416 column. */
describe('the first view in an article column', () => {
  it('labels every event, the headlines and all but one label whole, none over another', async () => {
    const el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline
        lang="en"
        src=${DEFAULT_DATASET}
        style="display: block; width: 672px; height: 416px"
      ></diplomacy-timeline>`,
    );
    await drawn(el);
    const root = el.shadowRoot!;
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
    // No label over another, nor over another event's dot; bars and labels apart too.
    const boxes = [
      ...labels.map((l) => l.getBoundingClientRect()),
      ...[...root.querySelectorAll('.range')].map((r) => r.getBoundingClientRect()),
    ];
    const dots = marks.map((m) => m.querySelector('.dot')!.getBoundingClientRect());
    for (const [i, box] of boxes.entries()) {
      for (const [j, other] of boxes.entries()) {
        if (j > i) expect(overlap(box, other, 0.5), `boxes ${i} and ${j}`).to.equal(false);
      }
      for (const [j, dot] of dots.entries()) {
        if (j !== i) expect(overlap(box, dot, 0.5), `box ${i} over dot ${j}`).to.equal(false);
      }
    }
  });
});
