import { expect, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { themeOf } from '../../src/export/download-image.js';
import { markLabels } from '../harness.js';
import { mountLoaded } from '../helpers.js';

const data = { events: [{ id: 'a', start: '2017', title: 'DCC set up' }] };

/** A drawn timeline in `theme`, with the page's `style` on the element. */
function mount(theme: 'light' | 'dark', style = ''): Promise<DiplomacyTimeline> {
  return mountLoaded(
    html`<diplomacy-timeline
      .data=${data}
      theme=${theme}
      style="width: 800px; height: 360px; ${style}"
    ></diplomacy-timeline>`,
  );
}

const shown = (el: DiplomacyTimeline) => ({
  background: getComputedStyle(el).backgroundColor,
  label: getComputedStyle(markLabels(el)[0]!).color,
});

const PAGE = '--dt-background: #102030; --dt-color: #aa5500; --dt-mark-color: #00aa55';

describe('themes', () => {
  it('draws the light and the dark theme in their own colours', async () => {
    expect(shown(await mount('light'))).to.deep.equal({
      background: 'rgb(255, 255, 255)',
      label: 'rgb(29, 35, 42)',
    });
    expect(shown(await mount('dark'))).to.deep.equal({
      background: 'rgb(20, 24, 29)',
      label: 'rgb(232, 236, 239)',
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`draws the colours a page sets through --dt-* properties, ${theme} theme`, async () => {
      expect(shown(await mount(theme, PAGE))).to.deep.equal({
        background: 'rgb(16, 32, 48)',
        label: 'rgb(170, 85, 0)',
      });
    });
  }

  it('exports an image in the colours the widget shows, dark or light, the page’s included', async () => {
    const light = themeOf(await mount('light'));
    expect([light.background, light.color, light.mark]).to.deep.equal([
      'rgb(255, 255, 255)',
      'rgb(29, 35, 42)',
      'rgb(59, 91, 171)',
    ]);
    const dark = themeOf(await mount('dark'));
    expect([dark.background, dark.color, dark.mark]).to.deep.equal([
      'rgb(20, 24, 29)',
      'rgb(232, 236, 239)',
      'rgb(125, 155, 224)',
    ]);
    const page = themeOf(await mount('dark', PAGE));
    expect([page.background, page.color, page.mark]).to.deep.equal([
      'rgb(16, 32, 48)',
      'rgb(170, 85, 0)',
      'rgb(0, 170, 85)',
    ]);
  });
});
