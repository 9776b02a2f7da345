import { type Scheduler, kioskClock } from '../scheduler.js';

/** What the tour moves through. */
export interface TourTarget {
  /** How many stops the tour has (the events); zero pauses it. */
  count(): number;
  /** Back to the start: the home range, nothing chosen. */
  home(): void;
  /** Shows stop `index`. */
  show(index: number): void;
}

export interface AttractLoopOptions {
  /** Quiet time before the tour starts. */
  idleMs: number;
  /** Time on each stop of the tour. */
  stepMs: number;
}

/**
 * A kiosk's attract loop: after `idleMs` without input it goes home and tours the stops one
 * after another, wrapping round, until the next input. One timer at a time and no growing
 * state, so it can run for months; the clock is injectable so tests can run it fast.
 */
export class AttractLoop {
  private timer?: number;
  /** The clock the pending timer was set on, to clear it on the same one. */
  private armedOn?: Scheduler;
  private nextStop = 0;
  private isTouring = false;

  constructor(
    private readonly target: TourTarget,
    private options: AttractLoopOptions,
    private readonly clock: () => Scheduler = () => kioskClock.scheduler,
  ) {}

  get touring(): boolean {
    return this.isTouring;
  }

  /** The idle time changed: a countdown under way starts again with it. */
  setIdle(idleMs: number): void {
    if (idleMs === this.options.idleMs) return;
    this.options = { ...this.options, idleMs };
    if (this.timer !== undefined && !this.isTouring) this.wake();
  }

  /** Input arrived (or the kiosk just started): stop touring and count the idle time again. */
  wake(): void {
    this.stop();
    this.arm(this.options.idleMs, this.begin);
  }

  /** Stops everything, with no countdown left running. */
  stop(): void {
    if (this.timer !== undefined) this.armedOn?.clearTimeout(this.timer);
    this.timer = undefined;
    this.isTouring = false;
  }

  private arm(ms: number, then: () => void): void {
    this.armedOn = this.clock();
    this.timer = this.armedOn.setTimeout(then, ms);
  }

  private readonly begin = (): void => {
    this.isTouring = true;
    this.nextStop = 0;
    this.target.home();
    this.arm(this.options.stepMs, this.step);
  };

  private readonly step = (): void => {
    const count = this.target.count();
    if (count > 0) {
      const stop = this.nextStop % count;
      this.nextStop = (stop + 1) % count;
      this.target.show(stop);
    }
    this.arm(this.options.stepMs, this.step);
  };
}
