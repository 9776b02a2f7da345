import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { setViewport } from '../engine.js';
import { findPart, legendRowItems, part } from '../harness.js';
import { type HostPage, drawnIn, onScreen, openHost, rendered, waitFor } from './host-page.js';

/** Whether the legend is folded into its Categories button, every entry in reach. */
function legendFolded(page: HostPage): boolean {
  const toggle = findPart(page.timeline, 'legend-toggle');
  return !!toggle && toggle.getBoundingClientRect().width > 0;
}

/** Legend entries shown in the row, each within the widget's box (none cut off). */
function entriesCut(page: HostPage): string[] {
  const box = page.timeline.getBoundingClientRect();
  return legendRowItems(page.timeline)
    .filter((item) => item.getBoundingClientRect().right > box.right + 0.5)
    .map((item) => item.textContent!.trim());
}

/** Clicks the page's element at `selector` with the real mouse. */
async function click(page: HostPage, selector: string): Promise<void> {
  const box = page.doc.querySelector(selector)!.getBoundingClientRect();
  const at = onScreen(page, box.left + box.width / 2, box.top + box.height / 2);
  await sendMouse({ type: 'click', position: at });
}

describe('a timeline hidden when the page loads', () => {
  beforeEach(() => setViewport({ width: 800, height: 900 }));

  it('folds its legend on a 390 px phone once its tab panel is shown', async () => {
    const page = await openHost('/test/hosts/tabs.html', 390, 800);
    // Loaded while hidden: the dataset is there, nothing could be measured.
    await waitFor(() => findPart(page.timeline, 'legend'));
    await rendered(page);
    expect(page.timeline.getBoundingClientRect().width).to.equal(0);
    await click(page, '#tab-timeline');
    await drawnIn(page.timeline);
    // A phone's 416 px box folds the search row into its header button: opened, the legend
    // in it is measured and folded too.
    part(page.timeline, 'control-filters').click();
    await waitFor(() => legendFolded(page));
    await rendered(page);
    expect(legendFolded(page)).to.equal(true);
    expect(entriesCut(page)).to.deep.equal([]);
  });

  it('draws and fits its legend once a closed <details> is opened', async () => {
    const page = await openHost('/test/hosts/details.html', 390, 800);
    await waitFor(() => findPart(page.timeline, 'legend'));
    await click(page, 'summary');
    await drawnIn(page.timeline);
    part(page.timeline, 'control-filters').click();
    await waitFor(() => legendFolded(page));
    await rendered(page);
    expect(entriesCut(page)).to.deep.equal([]);
    const plot = part(page.timeline, 'plot').getBoundingClientRect();
    expect(plot.width).to.be.closeTo(page.timeline.clientWidth, 1);
  });

  it('keeps the legend in one row at 1000 px, as on a page shown from the start', async () => {
    const page = await openHost('/test/hosts/tabs.html', 1000, 800);
    await waitFor(() => findPart(page.timeline, 'legend'));
    await click(page, '#tab-timeline');
    await drawnIn(page.timeline);
    await rendered(page);
    await rendered(page);
    expect(legendFolded(page)).to.equal(false);
    expect(entriesCut(page)).to.deep.equal([]);
  });
});
