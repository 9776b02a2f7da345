import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DEFAULT_DATASET } from './helpers.js';

interface KioskPage {
  names: string[];
  outside: string[];
}

describe('dist/kiosk.html', () => {
  it('runs from file:// with the network off and draws every event of the default dataset', async () => {
    const { events } = (await (await fetch(DEFAULT_DATASET)).json()) as {
      events: { title: { id: string } }[];
    };
    const page = (await executeServerCommand('open-kiosk-file')) as KioskPage;
    expect(page.outside, 'requests beyond file://').to.deep.equal([]);
    // The page speaks Indonesian; every event's mark is there, named with its title.
    for (const event of events) {
      expect(
        page.names.some((name) => name.includes(event.title.id)),
        event.title.id,
      ).to.equal(true);
    }
    expect(page.names).to.have.length(events.length);
  });
});
