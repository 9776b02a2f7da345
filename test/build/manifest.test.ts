import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { kioskStyles } from '../../src/view/kiosk.styles.js';
import { presentationStyles } from '../../src/view/presentation.styles.js';
import { slideStyles } from '../../src/view/slide.styles.js';
import { syntheticDataset } from '../fixtures/synthetic.js';
import { type MountOptions, findPart, mount, part, partNames } from '../harness.js';
import { DEFAULT_DATASET, until } from '../helpers.js';

interface Named {
  readonly name: string;
  readonly kind?: string;
  readonly privacy?: string;
  readonly static?: boolean;
}

interface Declaration {
  readonly tagName?: string;
  readonly attributes: Named[];
  readonly members: Named[];
  readonly events: Named[];
  readonly cssParts: Named[];
  readonly cssProperties: Named[];
}

async function declaration(): Promise<Declaration> {
  const manifest = await (await fetch('/dist/custom-elements.json')).json();
  const declarations = manifest.modules.flatMap(
    (module: { declarations?: Declaration[] }) => module.declarations ?? [],
  );
  return declarations.find((d: Declaration) => d.tagName === 'diplomacy-timeline');
}

const names = (items: readonly Named[]) => items.map((item) => item.name).sort();

/**
 * The states that show every part: a timeline mounted as `options` says, then `reach` brings
 * it to the state where the parts are drawn (each one is read after every step it takes).
 */
const PART_STATES: {
  why: string;
  options: MountOptions;
  reach?: (el: DiplomacyTimeline, read: () => void) => Promise<unknown>;
}[] = [
  {
    why: 'the default view, a selected event and the list',
    options: { src: DEFAULT_DATASET },
    reach: async (el, read) => {
      el.select('digital-command-center');
      await el.updateComplete;
      read();
      part(el, 'control-list').click();
      await el.updateComplete;
    },
  },
  {
    why: 'a dense dataset, clustered',
    options: { data: syntheticDataset(3000), size: [800, 300] },
  },
  {
    why: 'a dataset that is not one',
    options: { data: { events: 'none' }, size: null, wait: 'update' },
    reach: (el) => until(() => findPart(el, 'error')),
  },
  {
    why: 'an empty dataset',
    options: { data: { events: [] }, size: null, wait: 'update' },
    reach: (el) => until(() => findPart(el, 'empty')),
  },
  // The authors' features: lanes by category, a CSV's skipped rows, images in the card.
  {
    why: 'lanes',
    options: { src: DEFAULT_DATASET, attributes: { 'group-by': 'category' }, size: [1000, 480] },
  },
  { why: 'skipped rows', options: { src: '/test/fixtures/skipped-rows.csv', size: [800, 360] } },
  {
    why: 'images in the card',
    options: { src: '/test/fixtures/timelinejs/museum.json', size: [1000, 480] },
    reach: async (el, read) => {
      for (let i = 0; i < 12; i++) {
        el.next();
        await el.updateComplete;
        read();
      }
    },
  },
  {
    why: 'a source that fails offers to try again',
    options: { src: '/test/fixtures/missing.json', size: null, wait: 'update' },
    reach: (el) => until(() => findPart(el, 'retry')),
  },
  {
    why: 'a narrow, short widget folds its search row and legend into buttons',
    options: { src: '/test/fixtures/many-categories.json', size: [375, 416] },
    reach: (el) => {
      part(el, 'control-filters').click();
      return until(() => findPart(el, 'legend-toggle'));
    },
  },
  // The modes: a presentation's slide, a kiosk's QR codes.
  {
    why: 'a presentation',
    options: { src: DEFAULT_DATASET, attributes: { mode: 'presentation' }, size: [1280, 720] },
    reach: (el) => until(() => findPart(el, 'slide')),
  },
  {
    why: 'a kiosk',
    options: {
      src: '/test/fixtures/sources-with-urls.json',
      attributes: { mode: 'kiosk' },
      size: [1280, 720],
    },
    reach: (el) => {
      el.next();
      return until(() => findPart(el, 'qr'));
    },
  },
];

describe('dist/custom-elements.json', () => {
  it('lists every attribute the element observes', async () => {
    const d = await declaration();
    expect(names(d.attributes)).to.deep.equal([...DiplomacyTimeline.observedAttributes].sort());
  });

  it('lists the public properties and methods of the contract, and nothing private', async () => {
    const d = await declaration();
    const shown = d.members.filter((m) => !m.static && (m.privacy ?? 'public') === 'public');
    expect(names(shown)).to.deep.equal(
      [
        ...['src', 'data', 'lang', 'start', 'end', 'selected', 'mode', 'theme', 'linkHash'],
        ...['groupBy', 'idle', 'pageKeys', 'timeout'],
        ...['visibleRange', 'zoomTo', 'zoomBy', 'reset', 'select', 'next', 'previous'],
      ].sort(),
    );
    for (const member of shown)
      expect(member.name in DiplomacyTimeline.prototype, member.name).to.equal(true);
  });

  it('lists the four events of the contract, each of which the element fires', async () => {
    const contract = ['timeline-error', 'timeline-load', 'timeline-rangechange', 'timeline-select'];
    const fired = new Set<string>();
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    for (const name of contract) wrapper.addEventListener(name, () => fired.add(name));
    const el = await mount({
      src: DEFAULT_DATASET,
      size: [800, 360],
      place: (el) => wrapper.append(el),
    });
    expect(fired.has('timeline-load')).to.equal(true);
    el.select('digital-command-center');
    el.zoomTo('2010', '2012');
    await until(() => fired.has('timeline-select') && fired.has('timeline-rangechange'));
    el.data = { events: 'none' };
    el.src = undefined;
    await until(() => fired.size === 4);

    const d = await declaration();
    expect(names(d.events)).to.deep.equal(contract);
  });

  it('lists every part the widget renders, in every state', async () => {
    const seen = new Set<string>();
    for (const { options, reach } of PART_STATES) {
      const el = await mount(options);
      const read = () => partNames(el).forEach((name) => seen.add(name));
      read();
      await reach?.(el, read);
      read();
    }
    // Seen only after minutes idle or with an image on a slide; their own tests show them.
    for (const part of ['tour-hint', 'slide-media']) seen.add(part);

    const d = await declaration();
    expect(names(d.cssParts)).to.deep.equal([...seen].sort());
  });

  it('lists every --dt-* custom property the styles read', async () => {
    const d = await declaration();
    // The modes' styles arrive with their code, when a timeline first uses the mode.
    const sheets = [
      ...(DiplomacyTimeline.styles as CSSResult[]),
      slideStyles,
      presentationStyles,
      kioskStyles,
    ];
    const styles = sheets.map((s) => s.cssText).join('\n');
    const used = new Set([...styles.matchAll(/var\(\s*(--dt-[a-z-]+)/g)].map((m) => m[1]!));
    expect(names(d.cssProperties)).to.deep.equal([...used].sort());
    for (const property of d.cssProperties) {
      expect((property as Named & { description?: string }).description, property.name).to.be.a(
        'string',
      ).and.not.empty;
    }
  });
});
