import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { TOUR_STEP_MS } from '../../src/controllers/kiosk-controller.js';
import { kioskClock, systemScheduler } from '../../src/scheduler.js';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { FakeClock } from '../fixtures/fake-clock.js';
import { DEFAULT_DATASET, drawn } from '../helpers.js';

/** A kiosk runs for months: the attract loop must not leak, whatever the number of steps. */
describe('kiosk mode, left alone', () => {
  let clock: FakeClock;

  beforeEach(() => {
    clock = new FakeClock();
    kioskClock.scheduler = clock;
  });

  afterEach(async () => {
    kioskClock.scheduler = systemScheduler;
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  async function mountKiosk(): Promise<DiplomacyTimeline> {
    const el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline
        mode="kiosk"
        lang="en"
        src=${DEFAULT_DATASET}
        idle="1"
        style="width: 1000px; height: 600px"
      ></diplomacy-timeline>`,
    );
    await drawn(el);
    return el;
  }

  it('runs 10,000 steps without the heap growing by 2 MB or the page gaining nodes', async function () {
    // About a minute on a quiet 2-core machine; room for a loaded one.
    this.timeout(300_000);
    // Each stop then jumps rather than easing, so every step draws where it lands: the fake
    // clock moves faster than animation frames.
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mountKiosk();
    // One tour round visits every event of the bundled dataset.
    const events = ((await (await fetch(DEFAULT_DATASET)).json()) as { events: unknown[] }).events
      .length;
    const nodes = () => el.shadowRoot!.querySelectorAll('*').length;
    const step = async () => {
      clock.tick(TOUR_STEP_MS);
      await el.updateComplete;
    };
    clock.tick(1000);
    // Warm up: one round, so caches (label widths, QR encoder) are filled.
    for (let i = 0; i < events * 2; i++) await step();
    // The card is placed beside its mark in the next frame (which may move the view, and
    // which side it takes depends on the side before): counted once the drawing stops changing,
    // as a visitor sees each stop.
    const settle = async () => {
      let last = -1;
      for (let frame = 0, still = 0; frame < 60 && still < 2; frame++) {
        await new Promise(requestAnimationFrame);
        await el.updateComplete;
        const now = nodes();
        still = now === last ? still + 1 : 0;
        last = now;
      }
    };
    const counts = async () => {
      const round: number[] = [];
      await settle();
      for (let i = 0; i < events; i++) {
        await step();
        await settle();
        round.push(nodes());
      }
      return round;
    };
    const firstRound = await counts();
    const before = (await executeServerCommand('heap')) as number;
    const pageNodes = document.getElementsByTagName('*').length;
    // Whole rounds, so the last round starts at the same stop as the first.
    const steps = events * Math.ceil(10_000 / events);
    for (let i = 0; i < steps; i++) await step();
    const after = (await executeServerCommand('heap')) as number;
    // Stop by stop, the drawing has the nodes it had: a leak of one node a step would add
    // thousands. Not exactly the same: the card's side at a stop depends on the side before
    // and the frame the placement ran in, and with it whether a label beside it wraps.
    const lastRound = await counts();
    for (const [stop, count] of lastRound.entries()) {
      expect(
        Math.abs(count - firstRound[stop]!),
        `stop ${stop}: ${count} nodes, was ${firstRound[stop]}`,
      ).to.be.at.most(2);
    }
    expect(document.getElementsByTagName('*').length).to.equal(pageNodes);
    console.log(`${steps} tour steps: heap ${before} → ${after} bytes`);
    expect(after - before, `heap grew by ${after - before} bytes`).to.be.below(2 * 1024 * 1024);
    expect(clock.pending, 'one timer at a time').to.equal(1);
  });
});
