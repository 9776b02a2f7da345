/*
 * Stands in for d3-dispatch (src/shims/stand-ins.mjs wires it into the build, the tests and
 * the size report). d3-zoom makes one dispatch of "start", "zoom" and "end" and calls `on` and
 * `call` on it; d3-drag, whose `dragDisable` and `dragEnable` d3-zoom uses, imports it too, for
 * a drag gesture the widget never makes. This keeps d3-dispatch's whole public contract, tested
 * in test/shims/d3-dispatch.test.ts: `on(typenames, callback)` with space-separated
 * "type.name"s (a name replaces its listener, null removes it, ".name" with null removes it
 * from every type), `on(typename)` to read one back, `copy`, `call` and `apply`.
 *
 * Why not the real module: it is 1.5 KB of the module's 45 KB budget, mostly for checks the
 * widget's one dispatch never needs; this is a third of that.
 */
type Listener = (this: unknown, ...args: unknown[]) => void;

export interface Dispatch {
  on(typenames: string): Listener | undefined;
  on(typenames: string, callback: Listener | null): Dispatch;
  copy(): Dispatch;
  call(type: string, that?: unknown, ...args: unknown[]): void;
  apply(type: string, that?: unknown, args?: ArrayLike<unknown>): void;
}

export function dispatch(...types: string[]): Dispatch {
  return dispatchOf(new Map(types.map((type) => [type, new Map()])));
}

function dispatchOf(listeners: Map<string, Map<string, Listener>>): Dispatch {
  const of = (type: string) => {
    const named = listeners.get(type);
    if (!named) throw new Error(`unknown type: ${type}`);
    return named;
  };
  const parse = (typenames: string) =>
    typenames
      .trim()
      .split(/\s+/)
      .map((typename) => {
        const dot = typename.indexOf('.');
        const type = dot < 0 ? typename : typename.slice(0, dot);
        if (type) of(type);
        return [type, dot < 0 ? '' : typename.slice(dot + 1)] as const;
      });
  const self: Dispatch = {
    on(typenames: string, callback?: Listener | null): never {
      const parsed = parse(typenames);
      if (callback === undefined) {
        for (const [type, name] of parsed) {
          const found = type && of(type).get(name);
          if (found) return found as never;
        }
        return undefined as never;
      }
      if (callback !== null && typeof callback !== 'function') {
        throw new Error(`invalid callback: ${String(callback)}`);
      }
      for (const [type, name] of parsed) {
        for (const named of type ? [of(type)] : callback ? [] : listeners.values()) {
          // A name set again goes to the end, as d3-dispatch orders its listeners.
          named.delete(name);
          if (callback) named.set(name, callback);
        }
      }
      return self as never;
    },
    copy: () => dispatchOf(new Map([...listeners].map(([type, named]) => [type, new Map(named)]))),
    call: (type, that, ...args) => self.apply(type, that, args),
    apply(type, that, args = []) {
      for (const listener of [...of(type).values()]) listener.apply(that, Array.from(args));
    },
  };
  return self;
}
