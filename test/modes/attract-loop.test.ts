import { expect } from '@open-wc/testing';
import { AttractLoop } from '../../src/modes/attract-loop.js';
import { FakeClock } from '../fixtures/fake-clock.js';

function tour(count: number, idleMs = 90_000, stepMs = 8000) {
  const clock = new FakeClock();
  const log: (number | 'home')[] = [];
  const loop = new AttractLoop(
    { count: () => count, home: () => log.push('home'), show: (i) => log.push(i) },
    { idleMs, stepMs },
    () => clock,
  );
  return { clock, log, loop };
}

describe('AttractLoop', () => {
  it('goes home after the idle time, then shows one stop after another, wrapping', () => {
    const { clock, log, loop } = tour(3);
    loop.wake();
    clock.tick(89_999);
    expect(log).to.deep.equal([]);
    expect(loop.touring).to.equal(false);
    clock.tick(1);
    expect(log).to.deep.equal(['home']);
    expect(loop.touring).to.equal(true);
    clock.tick(8000 * 5);
    expect(log).to.deep.equal(['home', 0, 1, 2, 0, 1]);
  });

  it('stops touring on input and waits the whole idle time again', () => {
    const { clock, log, loop } = tour(3);
    loop.wake();
    clock.tick(90_000 + 8000);
    expect(log).to.deep.equal(['home', 0]);
    loop.wake();
    expect(loop.touring).to.equal(false);
    clock.tick(89_000);
    expect(log).to.deep.equal(['home', 0]);
    clock.tick(1000 + 8000);
    // The new tour starts from the first stop again.
    expect(log).to.deep.equal(['home', 0, 'home', 0]);
  });

  it('tours a single stop by showing it again and again', () => {
    const { clock, log, loop } = tour(1, 1000, 100);
    loop.wake();
    clock.tick(1000 + 300);
    expect(log).to.deep.equal(['home', 0, 0, 0]);
  });

  it('waits without stops, and tours once some arrive', () => {
    let count = 0;
    const clock = new FakeClock();
    const shown: number[] = [];
    const loop = new AttractLoop(
      { count: () => count, home: () => {}, show: (i) => shown.push(i) },
      { idleMs: 10, stepMs: 10 },
      () => clock,
    );
    loop.wake();
    clock.tick(50);
    expect(shown).to.deep.equal([]);
    count = 2;
    clock.tick(20);
    expect(shown).to.deep.equal([0, 1]);
  });

  it('keeps one timer at a time through 10,000 steps, and none once stopped', () => {
    const { clock, log, loop } = tour(14, 1000, 10);
    loop.wake();
    clock.tick(1000 + 10 * 10_000);
    expect(log.length).to.equal(1 + 10_000);
    expect(log.at(-1)).to.equal((10_000 - 1) % 14);
    expect(clock.pending).to.equal(1);
    loop.stop();
    expect(clock.pending).to.equal(0);
  });

  it('restarts a countdown under way when the idle time changes', () => {
    const { clock, log, loop } = tour(2, 1000, 100);
    loop.wake();
    clock.tick(500);
    loop.setIdle(2000);
    clock.tick(1900);
    expect(log).to.deep.equal([]);
    clock.tick(100);
    expect(log).to.deep.equal(['home']);
  });
});
