/*
 * Stands in for d3-selection (src/shims/stand-ins.mjs wires it into the build, the tests and
 * the size report). Its importers are d3-zoom, d3-drag (for `dragDisable`/`dragEnable`, which
 * d3-zoom calls; the drag gesture itself is never built), our zoom controller and our
 * d3-transition stand-in; test/scripts/stand-ins.test.mjs holds the list to them.
 *
 * They all select one node at a time (an element, or `event.view`), so a selection here is a
 * flat list of nodes rather than d3's groups and parents, and `select` takes a node, not a CSS
 * selector. What they call keeps d3's behaviour, tested in test/shims/d3-selection.test.ts:
 * - `on("type.name …", listener, options)`: the listener is called as `listener(event, d)`
 *   with `this` the node and `d` its `__data__`; one set again under its type.name replaces
 *   the old (removed with the options it was added with), `null` removes it, ".name" with
 *   null removes that name from every type, and `on("type.name")` reads it back. The list is
 *   kept on the node (`__on`, as d3 does), so a later `select(node)` reads it back: d3-zoom
 *   finds the dblclick listener that way after a double tap.
 * - `property`, `style`, `filter`, `each`, `call`, `datum`, `node`, which d3-zoom applies to
 *   the surface (`__zoom`, the touch-action styles, `filter(touchable)`).
 * - `pointer(event, target)`: where the event (or a Touch) is in the target's own
 *   coordinates: an SVG element's user space through its screen CTM; an HTML element's
 *   padding box (its border box less its border, as getBoundingClientRect and clientLeft
 *   give it); without a target, page coordinates.
 * - `selection.prototype`, which the d3-transition stand-in extends with `interrupt`.
 * Anything else an importer asks for is not exported, so the build fails rather than ship
 * a missing method.
 *
 * Why not the real module: it is 13 KB minified of the module (about 4 KB gzip of its 45 KB
 * budget) for joins, namespaces and selector queries the widget never uses.
 */

type Datum = unknown;
type Listener = (this: never, event: never, datum: Datum) => void;
type Options = boolean | AddEventListenerOptions;
/** What d3 calls for each node, with `this` the node. */
type Each<T> = (this: never, datum: Datum, index: number, nodes: never[]) => T;
type Valued<T> = T | Each<T>;

interface Registered {
  type: string;
  name: string;
  value: Listener;
  listener: EventListener;
  options?: Options;
}

/** A selected node, with what d3 keeps on it: its datum and its listeners. */
type Node = EventTarget & { __data__?: Datum; __on?: Registered[] };

export class Selection {
  constructor(private readonly nodes: Node[]) {}

  node(): Node | null {
    return this.nodes[0] ?? null;
  }

  each(callback: Each<void>): this {
    this.nodes.forEach((node, i, nodes) => valueOf(callback, node, node.__data__, i, nodes));
    return this;
  }

  call<A extends unknown[]>(callback: (selection: this, ...args: A) => void, ...args: A): this {
    callback(this, ...args);
    return this;
  }

  filter(match: string | Each<unknown>): Selection {
    return new Selection(
      this.nodes.filter((node, i, nodes) =>
        typeof match === 'string'
          ? (node as Element).matches(match)
          : valueOf(match, node, node.__data__, i, nodes),
      ),
    );
  }

  datum(): Datum;
  datum(value: Valued<Datum>): this;
  datum(...value: [Valued<Datum>?]): Datum {
    return value.length ? this.property('__data__', value[0]) : this.node()?.__data__;
  }

  property(name: string): unknown;
  property(name: string, value: Valued<unknown>): this;
  property(name: string, ...value: [Valued<unknown>?]): unknown {
    if (!value.length) return (this.node() as unknown as Record<string, unknown>)?.[name];
    return this.set(value[0], (node: Record<string, unknown>, v) => {
      if (v == null) delete node[name];
      else node[name] = v;
    });
  }

  style(name: string): string;
  style(name: string, value: Valued<string | null>, priority?: string): this;
  style(name: string, ...set: [Valued<string | null>?, string?]): unknown {
    if (!set.length) {
      const node = this.node() as HTMLElement;
      return node.style.getPropertyValue(name) || getComputedStyle(node).getPropertyValue(name);
    }
    return this.set(set[0], ({ style }: HTMLElement, v) => {
      if (v == null) style.removeProperty(name);
      else style.setProperty(name, v, set[1] ?? '');
    });
  }

  /** Applies a value, or what a function of (datum, index, nodes) gives for each node. */
  private set<T, N>(value: Valued<T>, apply: (node: N, v: T) => void): this {
    this.nodes.forEach((node, i, nodes) =>
      apply(node as N, valueOf(value, node, node.__data__, i, nodes)),
    );
    return this;
  }

  on(typenames: string): Listener | undefined;
  on(typenames: string, value: Listener | null, options?: Options): this;
  on(typenames: string, ...set: [(Listener | null)?, Options?]): unknown {
    const parsed = typenames
      .trim()
      .split(/\s+/)
      .map((typename): [string, string] => {
        const dot = typename.indexOf('.');
        return dot < 0 ? [typename, ''] : [typename.slice(0, dot), typename.slice(dot + 1)];
      });
    if (!set.length) {
      for (const on of this.node()?.__on ?? []) {
        if (parsed.some(([type, name]) => on.type === type && on.name === name)) return on.value;
      }
      return undefined;
    }
    const [value, options] = set;
    for (const node of this.nodes) {
      for (const [type, name] of parsed) {
        if (value) listen(node, type, name, value, options);
        else unlisten(node, type, name);
      }
    }
    return this;
  }
}

function valueOf<T>(value: Valued<T>, node: unknown, ...args: unknown[]): T {
  return typeof value === 'function'
    ? (value as (this: unknown, ...args: unknown[]) => T).apply(node, args)
    : value;
}

/** Adds a listener, or replaces the one under the same type.name, as d3 does. */
function listen(node: Node, type: string, name: string, value: Listener, options?: Options) {
  const listener = function (this: Node, event: Event) {
    (value as (this: Node, event: Event, datum: Datum) => void).call(this, event, this.__data__);
  };
  const registered = { type, name, value, listener, options };
  const on = (node.__on ??= []);
  const i = on.findIndex((o) => o.type === type && o.name === name);
  if (i < 0) on.push(registered);
  else {
    node.removeEventListener(type, on[i]!.listener, on[i]!.options);
    on[i] = registered;
  }
  node.addEventListener(type, listener, options);
}

/** Removes type.name's listener, or with no type, that name's listener of every type. */
function unlisten(node: Node, type: string, name: string) {
  node.__on = node.__on?.filter((o) => {
    const match = (!type || o.type === type) && o.name === name;
    if (match) node.removeEventListener(o.type, o.listener, o.options);
    return !match;
  });
}

export function select(node: EventTarget | null): Selection {
  return new Selection(node ? [node] : []);
}

/** Where the event (or Touch) is in the target's coordinates; see the comment at the top. */
export function pointer(
  event: { sourceEvent?: unknown; clientX: number; clientY: number; pageX: number; pageY: number },
  target?: EventTarget | null,
): [number, number] {
  while (event.sourceEvent) event = event.sourceEvent as typeof event;
  // Undefined, not null, means the node listening, as in d3.
  if (target === undefined) target = (event as Partial<Event>).currentTarget;
  const { clientX, clientY } = event;
  if (target && 'getScreenCTM' in target) {
    // The inverse of the CTM [a c e; b d f], applied to the client point.
    const { a, b, c, d, e, f } = (target as SVGGraphicsElement).getScreenCTM()!;
    const x = clientX - e;
    const y = clientY - f;
    const det = a * d - b * c;
    return [(d * x - c * y) / det, (a * y - b * x) / det];
  }
  if (target && 'getBoundingClientRect' in target) {
    const element = target as Element;
    const box = element.getBoundingClientRect();
    return [clientX - box.left - element.clientLeft, clientY - box.top - element.clientTop];
  }
  return [event.pageX, event.pageY];
}

/** d3's root selection; d3-transition adds its methods to `selection.prototype`. */
export function selection(): Selection {
  return select(document.documentElement);
}
selection.prototype = Selection.prototype;
