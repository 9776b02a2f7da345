import { expect, fixture, html } from '@open-wc/testing';
import { findPart, partNames } from '../harness.js';
import { DEFAULT_DATASET, accessibleName, mountLoaded, until } from '../helpers.js';
import { expectSame } from '../readable-failures.js';

describe('part names', () => {
  it('name the buttons in kebab-case, and keep their old camelCase names until 0.3', async () => {
    const el = await mountLoaded();
    for (const [name, old, label] of [
      ['control-zoom-in', 'control-zoomIn', 'Zoom in'],
      ['control-zoom-out', 'control-zoomOut', 'Zoom out'],
    ] as const) {
      const button = findPart(el, name);
      expect(button, name).to.exist;
      expect(accessibleName(button!)).to.equal(label);
      expectSame(findPart(el, old), button, `${old} names the ${label} button`);
    }
    expect(findPart(el, 'control-reset')!.getAttribute('part')).to.equal('control control-reset');
    // Every part name a page can write is one word or kebab-case, except the three old ones.
    const camel = partNames(el).filter((name) => /[A-Z]/.test(name));
    expect(camel.sort()).to.deep.equal(['control-zoomIn', 'control-zoomOut']);
  });

  it('let a page style a button by its new name and by its old one', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <style>
          .styled::part(control-zoom-in) {
            outline-color: rgb(1, 2, 3);
          }
          .styled::part(control-fullScreen) {
            outline-color: rgb(4, 5, 6);
          }
        </style>
        <diplomacy-timeline
          class="styled"
          src=${DEFAULT_DATASET}
          style="width: 800px; height: 400px"
        ></diplomacy-timeline>
        <diplomacy-timeline
          class="styled"
          mode="presentation"
          src=${DEFAULT_DATASET}
          style="width: 1280px; height: 720px"
        ></diplomacy-timeline>
      </div>`,
    );
    const [embed, slides] = wrapper.querySelectorAll('diplomacy-timeline');
    const zoomIn = await until(() => findPart(embed!, 'control-zoom-in'));
    expect(getComputedStyle(zoomIn).outlineColor).to.equal('rgb(1, 2, 3)');
    const fullScreen = await until(() => findPart(slides!, 'control-full-screen'));
    expect(fullScreen.getAttribute('part')).to.equal(
      'control control-full-screen control-fullScreen',
    );
    expect(getComputedStyle(fullScreen).outlineColor).to.equal('rgb(4, 5, 6)');
  });
});
