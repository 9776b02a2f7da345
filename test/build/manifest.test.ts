import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { kioskStyles } from '../../src/view/kiosk.styles.js';
import { presentationStyles } from '../../src/view/presentation.styles.js';
import { slideStyles } from '../../src/view/slide.styles.js';
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

    // The authors' features: lanes by category, a CSV's skipped rows, images in the card.
    const grouped = await mountLoaded(
      html`<diplomacy-timeline
        src=${DEFAULT_DATASET}
        group-by="category"
        style="width: 1000px; height: 480px"
      ></diplomacy-timeline>`,
    );
    partsIn(grouped, seen);
    const skipped = await mountLoaded(
      html`<diplomacy-timeline
        src="/test/fixtures/skipped-rows.csv"
        style="width: 800px; height: 360px"
      ></diplomacy-timeline>`,
    );
    partsIn(skipped, seen);
    const museum = await mountLoaded(
      html`<diplomacy-timeline
        src="/test/fixtures/timelinejs/museum.json"
        style="width: 1000px; height: 480px"
      ></diplomacy-timeline>`,
    );
    await drawn(museum);
    for (let i = 0; i < 12; i++) {
      museum.next();
      await museum.updateComplete;
      partsIn(museum, seen);
    }
    // A source that fails offers to try again.
    const failing = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline src="/test/fixtures/missing.json"></diplomacy-timeline>`,
    );
    await until(() => failing.shadowRoot!.querySelector('[part="retry"]'));
    partsIn(failing, seen);

    // A narrow widget folds its legend into a button.
    const narrow = await mountLoaded(
      html`<diplomacy-timeline
        src="/test/fixtures/many-categories.json"
        style="width: 375px; height: 416px"
      ></diplomacy-timeline>`,
    );
    await until(() => narrow.shadowRoot!.querySelector('[part="legend-toggle"]'));
    partsIn(narrow, seen);

    // The modes: a presentation's slide, a kiosk's QR codes.
    const slides = await mountLoaded(
      html`<diplomacy-timeline
        src=${DEFAULT_DATASET}
        mode="presentation"
        style="width: 1280px; height: 720px"
      ></diplomacy-timeline>`,
    );
    await until(() => slides.shadowRoot!.querySelector('[part~="slide"]'));
    partsIn(slides, seen);
    const kiosk = await mountLoaded(
      html`<diplomacy-timeline
        src="/test/fixtures/sources-with-urls.json"
        mode="kiosk"
        style="width: 1280px; height: 720px"
      ></diplomacy-timeline>`,
    );
    kiosk.next();
    await until(() => kiosk.shadowRoot!.querySelector('[part~="qr"]'));
    partsIn(kiosk, seen);
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
