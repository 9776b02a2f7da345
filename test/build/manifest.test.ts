import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { syntheticDataset } from '../fixtures/synthetic.js';
import { DEFAULT_DATASET, drawn, mountLoaded, until } from '../helpers.js';

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

/** Every part name in the shadow root as it is now. */
function partsIn(el: DiplomacyTimeline, into: Set<string>): void {
  for (const node of el.shadowRoot!.querySelectorAll('[part]')) {
    for (const part of node.getAttribute('part')!.split(/\s+/)) into.add(part);
  }
}

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
    const el = document.createElement('diplomacy-timeline');
    el.style.cssText = 'width: 800px; height: 360px';
    el.src = DEFAULT_DATASET;
    wrapper.append(el);
    await until(() => fired.has('timeline-load'));
    await drawn(el);
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
    const el = await mountLoaded(
      html`<diplomacy-timeline
        src=${DEFAULT_DATASET}
        style="width: 1000px; height: 420px"
      ></diplomacy-timeline>`,
    );
    partsIn(el, seen);
    el.select('digital-command-center');
    await el.updateComplete;
    partsIn(el, seen);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="control-list"]')!.click();
    await el.updateComplete;
    partsIn(el, seen);

    const dense = await mountLoaded(
      html`<diplomacy-timeline
        .data=${syntheticDataset(3000)}
        style="width: 800px; height: 300px"
      ></diplomacy-timeline>`,
    );
    partsIn(dense, seen);
    const broken = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline .data=${{ events: 'none' }}></diplomacy-timeline>`,
    );
    await until(() => broken.shadowRoot!.querySelector('[part="error"]'));
    partsIn(broken, seen);
    const empty = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline .data=${{ events: [] }}></diplomacy-timeline>`,
    );
    await until(() => empty.shadowRoot!.querySelector('[part="empty"]'));
    partsIn(empty, seen);
    await drawn(dense);

    const d = await declaration();
    expect(names(d.cssParts)).to.deep.equal([...seen].sort());
  });

  it('lists every --dt-* custom property the styles read', async () => {
    const d = await declaration();
    const styles = (DiplomacyTimeline.styles as CSSResult[]).map((s) => s.cssText).join('\n');
    const used = new Set([...styles.matchAll(/var\(\s*(--dt-[a-z-]+)/g)].map((m) => m[1]!));
    expect(names(d.cssProperties)).to.deep.equal([...used].sort());
    for (const property of d.cssProperties) {
      expect((property as Named & { description?: string }).description, property.name).to.be.a(
        'string',
      ).and.not.empty;
    }
  });
});
