// Chromium only: reads the accessibility tree through the DevTools protocol (ax-tree).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Dataset } from '../../src/data/model.js';
import { normaliseDataset } from '../../src/data/normalise.js';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { DEFAULT_DATASET } from '../helpers.js';
import { allByRole, mount, part } from '../harness.js';

interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly depth: number;
}

/** What a screen reader finds inside the drawing, in its order: the drawing's buttons. */
async function drawingAsRead(): Promise<{ tree: AxNode[]; buttons: string[] }> {
  const tree = (await executeServerCommand('ax-tree')) as AxNode[];
  const at = tree.findIndex((n) => n.role === 'group' && n.name.startsWith('Timeline:'));
  expect(at, 'the drawing is a named group').to.be.at.least(0);
  const buttons: string[] = [];
  for (let i = at + 1; i < tree.length && tree[i]!.depth > tree[at]!.depth; i++) {
    if (tree[i]!.role === 'button') buttons.push(tree[i]!.name);
  }
  return { tree, buttons };
}

/** The time each name stands for: an event's start, or a cluster's first event. */
function timeOf(el: DiplomacyTimeline, dataset: Dataset, name: string): number {
  const button = allByRole(part(el, 'plot'), 'button').find(
    (b) => b.getAttribute('aria-label') === name,
  );
  expect(button, `a button named "${name}"`).to.exist;
  if (button!.classList.contains('cluster')) return Number(button!.dataset.start);
  return dataset.events[Number(button!.dataset.index)]!.start;
}

describe('the drawing, as a screen reader reads it', () => {
  for (const width of [375, 1200]) {
    it(`names marks, ranges and clusters "title, date" and reads them in time order at ${width} px`, async () => {
      const el = await mount({
        src: DEFAULT_DATASET,
        attributes: { lang: 'en' },
        size: null,
        style: `width: ${width}px; height: 26rem`,
      });
      const { tree, buttons } = await drawingAsRead();
      // All the bundled dataset's events are there, as marks, ranges or in clusters.
      expect(buttons.length).to.be.at.least(width < 600 ? 8 : 14);
      for (const name of buttons) {
        expect(name, 'no pause before the comma').not.to.match(/\s,/);
        expect(name.trim()).to.equal(name);
        expect(name).to.match(/, .*\d/);
      }
      const dataset = normaliseDataset(await (await fetch(DEFAULT_DATASET)).json());
      const times = buttons.map((name) => timeOf(el, dataset, name));
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
      // The first event of the story comes first; the latest last.
      expect(buttons[0]).to.match(/^ICT seen as relevant to diplomacy/);
      // Between the zoom buttons and the drawing, no group without a name.
      const controls = tree.findIndex((n) => n.role === 'group' && n.name === 'Timeline');
      const drawing = tree.findIndex((n) => n.role === 'group' && n.name.startsWith('Timeline:'));
      expect(controls).to.be.within(0, drawing);
      for (const group of tree.slice(controls, drawing).filter((n) => n.role === 'group'))
        expect(group.name, 'a named group').not.to.equal('');
    });
  }
});
