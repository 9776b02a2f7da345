/**
 * Probes for what an element could leave behind in a page: listeners on long-lived targets,
 * observers still observing, timers, animation frames and idle callbacks still pending.
 * Imported before anything else in a test file, so libraries that keep a reference to
 * `setTimeout` or `requestAnimationFrame` when they load (d3-timer does) keep the probed ones.
 */
interface ListenerEntry {
  readonly target: WeakRef<EventTarget>;
  readonly type: string;
  readonly listener: WeakRef<object>;
  readonly capture: boolean;
}

const listeners = new Set<ListenerEntry>();
const captures = (options?: boolean | EventListenerOptions) =>
  typeof options === 'boolean' ? options : !!options?.capture;
/** A node inside a shadow root goes when its host goes; its listeners cannot outlive it. */
const insideShadow = (target: EventTarget) =>
  target instanceof Node && target.getRootNode() instanceof ShadowRoot;

/**
 * Makes `owner[name]` call the original, then `record` with the same receiver and arguments:
 * the probe sees every call and changes none.
 */
function recordAfter<Self, Args extends unknown[]>(
  owner: object,
  name: string,
  record: (self: Self, ...args: Args) => void,
): void {
  const methods = owner as Record<string, (this: Self, ...args: Args) => unknown>;
  const original = methods[name]!;
  methods[name] = function (this: Self, ...args: Args) {
    original.apply(this, args);
    record(this, ...args);
  };
}

type ListenerCall = [
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
];

recordAfter(
  EventTarget.prototype,
  'addEventListener',
  (target: EventTarget, ...call: ListenerCall) => {
    const [type, listener, options] = call;
    if (!listener || insideShadow(target) || (typeof options === 'object' && options.once)) return;
    const capture = captures(options);
    for (const e of listeners) {
      if (e.target.deref() === target && e.type === type && e.listener.deref() === listener) {
        if (e.capture === capture) return;
      }
    }
    listeners.add({ target: new WeakRef(target), type, listener: new WeakRef(listener), capture });
  },
);
recordAfter(
  EventTarget.prototype,
  'removeEventListener',
  (self: EventTarget, ...call: ListenerCall) => {
    const [type, listener, options] = call;
    const capture = captures(options);
    for (const e of listeners) {
      const target = e.target.deref();
      if (!target || (target === self && e.type === type && e.listener.deref() === listener)) {
        if (!target || e.capture === capture) listeners.delete(e);
      }
    }
  },
);
// The old MediaQueryList API, for code that still uses it.
recordAfter(MediaQueryList.prototype, 'addListener', (list: MediaQueryList, listener: object) => {
  if (!listener) return;
  const target = new WeakRef(list);
  listeners.add({ target, type: 'change', listener: new WeakRef(listener), capture: false });
});
recordAfter(
  MediaQueryList.prototype,
  'removeListener',
  (list: MediaQueryList, listener: object) => {
    for (const e of listeners) {
      if (e.target.deref() === list && e.listener.deref() === listener) listeners.delete(e);
    }
  },
);

let observing = 0;

/** Counts the targets an observer watches, until it stops watching them. */
class Watched {
  private readonly targets = new Set<Node>();
  add(target: Node): void {
    if (!this.targets.has(target)) {
      this.targets.add(target);
      observing++;
    }
  }
  delete(target: Node): void {
    if (this.targets.delete(target)) observing--;
  }
  clear(): void {
    observing -= this.targets.size;
    this.targets.clear();
  }
}

/** The observer methods the probe wraps (method syntax: each observer's own signature fits). */
interface ObserverMethods {
  observe(target: Node, ...options: unknown[]): void;
  unobserve?(target: Node): void;
  disconnect(): void;
}

/** Has every `Observer` count what it watches: observe adds, unobserve drops, disconnect clears. */
function probeObserver(Observer: { prototype: ObserverMethods }): void {
  const watched = new WeakMap<object, Watched>();
  const of = (observer: object) => {
    if (!watched.has(observer)) watched.set(observer, new Watched());
    return watched.get(observer)!;
  };
  const proto = Observer.prototype;
  recordAfter(proto, 'observe', (observer: object, target: Node) => of(observer).add(target));
  if (proto.unobserve) {
    recordAfter(proto, 'unobserve', (observer: object, target: Node) =>
      of(observer).delete(target),
    );
  }
  recordAfter(proto, 'disconnect', (observer: object) => of(observer).clear());
}
probeObserver(ResizeObserver);
probeObserver(MutationObserver);
probeObserver(IntersectionObserver);

const timers = new Set<number>();
const frames = new Set<number>();
const { setTimeout: realSetTimeout, setInterval: realSetInterval } = window;
const { requestAnimationFrame: realRaf } = window;
window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = realSetTimeout(() => {
    timers.delete(id);
    if (typeof handler === 'function') handler(...args);
  }, ms);
  timers.add(id);
  return id;
}) as typeof setTimeout;
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = realSetInterval(handler, ms, ...args);
  timers.add(id);
  return id;
}) as typeof setInterval;
window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  const id = realRaf((time) => {
    frames.delete(id);
    callback(time);
  });
  frames.add(id);
  return id;
};
// Idle callbacks: work a widget put off until the page is idle (its first gestures rehearsed).
const idles = new Set<number>();
const realIdle = window.requestIdleCallback.bind(window);
window.requestIdleCallback = (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
  const id = realIdle((deadline) => {
    idles.delete(id);
    callback(deadline);
  }, options);
  idles.add(id);
  return id;
};
// A cleared timer or a cancelled frame is no longer pending.
const forget = (ids: Set<number>) => (_: unknown, id?: number) => {
  if (id !== undefined) ids.delete(id);
};
recordAfter(window, 'clearTimeout', forget(timers));
recordAfter(window, 'clearInterval', forget(timers));
recordAfter(window, 'cancelAnimationFrame', forget(frames));
recordAfter(window, 'cancelIdleCallback', forget(idles));

/** A point in time: timer, frame and idle ids only grow: later ones were scheduled since. */
export interface ProbeMark {
  readonly timer: number;
  readonly frame: number;
  readonly idle: number;
}

export function probeMark(): ProbeMark {
  const last = (ids: Set<number>) => Math.max(0, ...ids);
  return { timer: last(timers), frame: last(frames), idle: last(idles) };
}

/**
 * Counts of what is live now. Listeners count only on targets still in the page. With a
 * mark, only timers, frames and idle callbacks scheduled since count: the test runner keeps
 * its own timers (a 20 s guard on each server command), which are not ours to judge.
 */
export function liveCounts(since: ProbeMark = { timer: 0, frame: 0, idle: 0 }): {
  listeners: number;
  observed: number;
  timers: number;
  frames: number;
  idle: number;
} {
  let count = 0;
  for (const e of listeners) {
    const target = e.target.deref();
    if (!target || !e.listener.deref()) listeners.delete(e);
    else if (!(target instanceof Node) || target.isConnected) count++;
  }
  const pending = (ids: Set<number>, after: number) => [...ids].filter((id) => id > after).length;
  return {
    listeners: count,
    observed: observing,
    timers: pending(timers, since.timer),
    frames: pending(frames, since.frame),
    idle: pending(idles, since.idle),
  };
}

/** What the listeners still registered on page-lifetime targets are, to explain a failure. */
export function describeListeners(): string[] {
  const out: string[] = [];
  for (const e of listeners) {
    const target = e.target.deref();
    if (target && (!(target instanceof Node) || target.isConnected)) {
      out.push(`${target.constructor.name} ${e.type}`);
    }
  }
  return out;
}
