import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { mountLoaded } from '../helpers.js';

const background = (el: DiplomacyTimeline) => getComputedStyle(el).backgroundColor;

describe('theme="auto"', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('follows the system’s light or dark preference, which light and dark override', async () => {
    const el = await mountLoaded(
      html`<diplomacy-timeline
        .data=${{ events: [{ id: 'a', start: '2017', title: 'DCC set up' }] }}
        style="width: 800px; height: 360px; --dt-color: #aa5500"
      ></diplomacy-timeline>`,
    );
    expect(el.theme).to.equal('auto');
    expect(background(el)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(el)).to.equal('rgb(20, 24, 29)');
    // The page's colour holds in the system's dark theme too.
    expect(getComputedStyle(el).color).to.equal('rgb(170, 85, 0)');
    el.theme = 'light';
    await el.updateComplete;
    expect(background(el)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    el.theme = 'dark';
    await el.updateComplete;
    expect(background(el)).to.equal('rgb(20, 24, 29)');
  });
});
