import { expect, html } from '@open-wc/testing';
import { syntheticDataset } from './fixtures/synthetic.js';
import { accessibleName, marks, mountLoaded } from './helpers.js';

describe('smoke', () => {
  it('renders', async () => {
    const data = syntheticDataset(30, { ranges: 2, years: 10 });
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${data}
        style="width:1000px;height:420px"
      ></diplomacy-timeline>`,
    );
    const names = marks(el).map(accessibleName);
    console.log(names.slice(0, 5), el.shadowRoot!.querySelectorAll('.cluster').length);
    expect(names.length).to.be.greaterThan(0);
  });
});
