import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Selection, select } from 'd3-selection';
import {
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
  zoom,
  zoomIdentity,
} from 'd3-zoom';
import {
  type ViewRange,
  clampView,
  maxZoom,
  transformForView,
  viewFromTransform,
} from '../layout/view-range.js';
import { ZoomAnimation } from '../animation/zoom-animation.js';

type Surface = Selection<HTMLElement, unknown, null, undefined>;

const reducedMotion = (): boolean =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Zoom and pan through d3-zoom (wheel, trackpad, drag, pinch, swipe), kept inside the home
 * range. d3-zoom owns the gesture state as a transform over the home range; this controller
 * turns it into the ViewRange the layout reads, re-renders at most once per animation frame,
 * and reports a view change once it settles.
 *
 * d3-zoom reads the pointer as an offset from the surface's on-screen box (d3-selection's
 * `pointer()`), in screen pixels, while the drawing is laid out in CSS pixels: they differ
 * when an ancestor is scaled (a slide deck scales its slides with a CSS transform). So d3-zoom
 * is given the surface's on-screen size as its extent, and its transforms are read against
 * that width: the date under the pointer stays under it, and a drag follows the pointer.
 */
export class ZoomController implements ReactiveController {
  private behavior: ZoomBehavior<HTMLElement, unknown>;
  private surface?: Surface;
  private home?: ViewRange;
  private width = 0;
  private height = 0;
  /** On-screen pixels per CSS pixel of the surface (1 unless an ancestor is transformed). */
  private screenScale = 1;
  private current?: ViewRange;
  private frame = 0;
  /** Set while the controller itself moves the view for a reason that is not a view change. */
  private silent = false;
  private changed = false;
  private deferEnd = false;
  /** A view asked for before the home range was known. */
  private waiting?: ViewRange;
  /** The view last reported as settled. */
  private lastSettled?: ViewRange;
  private wheelEnd = 0;
  private readonly animation = new ZoomAnimation();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settled: (view: ViewRange) => void,
  ) {
    host.addController(this);
    this.behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => {
        // Nothing drawn yet (loading, an error): the page scrolls under the wheel as usual.
        if (!this.home) return false;
        // Each gesture starts here: an ancestor's transform may have changed since the last.
        this.followScreenScale();
        if (event.type === 'wheel') {
          const wheel = event as WheelEvent;
          // Sideways swipes and shift+wheel pan; the wheel handler below takes them.
          return !(wheel.shiftKey || Math.abs(wheel.deltaX) > Math.abs(wheel.deltaY));
        }
        const mouse = event as MouseEvent;
        return !mouse.ctrlKey && !mouse.button;
      })
      // Never a d3 transition: the double-click zoom is off, and eased zooms are our own.
      .duration(0)
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        // The reader's own gesture (wheel, drag, touch) takes over from an eased zoom; the
        // gesture's end reports where the view settles.
        if (event.sourceEvent) this.animation.stop();
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => this.zoomed(event))
      .on('end', () => this.ended());
  }

  /** The view shown now, or undefined before a dataset and a size are known. */
  get view(): ViewRange | undefined {
    return this.current;
  }

  get homeRange(): ViewRange | undefined {
    return this.home;
  }

  /** Attaches the gestures to the drawing surface; call again when it is replaced. */
  attach(element: HTMLElement): void {
    if (this.surface?.node() === element) return;
    this.surface?.on('.zoom', null).on('wheel.pan', null);
    this.surface = select(element);
    this.surface
      .call(this.behavior)
      .on('dblclick.zoom', null)
      .on('wheel.pan', (event: WheelEvent) => this.wheelPanned(event));
    this.applyBounds();
  }

  /** Sets the home range (the dataset's extent) and the view to start from. */
  setHome(home: ViewRange, initial: ViewRange = home): void {
    this.home = home;
    // A view asked for before any data arrived (zoomTo right after setting src) wins.
    this.current = this.waiting ? clampView(this.waiting, home) : initial;
    this.waiting = undefined;
    this.lastSettled = this.current;
    this.applyBounds();
  }

  /** No dataset (one is loading): views asked for meanwhile wait for the next home range. */
  clearHome(): void {
    this.home = undefined;
    this.current = undefined;
    this.lastSettled = undefined;
  }

  /** The width d3-zoom works in: the surface's width on screen. */
  private get extentWidth(): number {
    return this.width * this.screenScale;
  }

  /**
   * Measures how much larger the surface is on screen than in CSS pixels; when that changed
   * (the deck was scaled again), d3-zoom's bounds follow, and the view stays where it was.
   */
  private followScreenScale(): void {
    const scale = (this.surface?.node()?.getBoundingClientRect().width ?? 0) / this.width;
    if (scale > 0 && scale !== this.screenScale) {
      this.screenScale = scale;
      this.applyBounds();
    }
  }

  /** The drawing changed size: keep showing the same range of time. */
  resize(width: number, height: number): void {
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.applyBounds();
  }

  /** Shows `view` (clamped to the home range). With `animate`, eases there unless motion is reduced. */
  show(view: ViewRange, options: { animate?: boolean } = {}): void {
    if (!this.home) {
      this.waiting = view;
      return;
    }
    const clamped = clampView(view, this.home);
    if (!this.surface || !(this.width > 0)) {
      this.current = clamped;
      this.host.requestUpdate();
      this.changed = true;
      this.ended();
      return;
    }
    const { k, x } = transformForView(this.home, this.extentWidth, clamped);
    const transform = zoomIdentity.translate(x, 0).scale(k);
    // An eased zoom still running is superseded, not settled: only this one will report.
    this.animation.stop();
    this.changed = true;
    if (options.animate && !reducedMotion()) {
      this.animation.start(
        this.transformNow(),
        transform,
        this.extentWidth,
        (step) => this.moveTo(step),
        () => this.ended(),
      );
    } else {
      this.surface.call(this.behavior.transform, transform);
      // A jump renders in this update, not the next frame, so `updateComplete` shows it.
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.host.requestUpdate();
    }
  }

  private applyBounds(): void {
    if (!this.home || !this.surface || !(this.width > 0)) return;
    const w = this.extentWidth;
    const h = Math.max(1, this.height * this.screenScale);
    this.behavior
      .extent([
        [0, 0],
        [w, h],
      ])
      .translateExtent([
        [0, 0],
        [w, h],
      ])
      .scaleExtent([1, maxZoom(this.home)]);
    const view = this.current ?? this.home;
    const { k, x } = transformForView(this.home, w, clampView(view, this.home));
    this.animation.stop();
    this.silent = true;
    this.surface.call(this.behavior.transform, zoomIdentity.translate(x, 0).scale(k));
    this.silent = false;
    // A resize cuts an eased zoom short: the view it reached is where the change settles.
    if (this.changed) this.ended();
  }

  private zoomed(event: D3ZoomEvent<HTMLElement, unknown>): void {
    if (!this.home || !(this.width > 0)) return;
    const view = viewFromTransform(this.home, this.extentWidth, event.transform);
    if (this.current && view.equals(this.current)) return;
    this.current = view;
    // A silent move (new bounds, a new size) comes from an update that is drawing already.
    if (this.silent) return;
    this.changed = true;
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.host.requestUpdate();
      });
    }
  }

  private ended(): void {
    if (this.silent || this.deferEnd || !this.changed || !this.current) return;
    this.changed = false;
    // One report per change: a view equal to the last one settled is no change.
    if (this.lastSettled?.equals(this.current)) return;
    this.lastSettled = this.current;
    this.settled(this.current);
  }

  /** d3-zoom's transform on the surface now. */
  private transformNow(): ZoomTransform {
    return (
      (this.surface?.node() as (HTMLElement & { __zoom?: ZoomTransform }) | null)?.__zoom ??
      zoomIdentity
    );
  }

  /** One frame of an eased zoom: d3-zoom moves the view, and this frame draws it. */
  private moveTo(transform: ZoomTransform): void {
    if (!this.surface) return;
    // Each step is a whole start–zoom–end in d3-zoom; the zoom settles when the easing ends.
    this.deferEnd = true;
    this.surface.call(this.behavior.transform, transform);
    this.deferEnd = false;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.host.requestUpdate();
  }

  private wheelPanned(event: WheelEvent): void {
    const sideways = event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (!this.surface || !this.home || !sideways) return;
    const delta = event.shiftKey && !event.deltaX ? event.deltaY : event.deltaX;
    const scale = event.deltaMode === 1 ? 20 : event.deltaMode === 2 ? this.extentWidth : 1;
    const { k } = this.transformNow();
    event.preventDefault();
    this.animation.stop();
    // translateBy reports start and end at once; the swipe settles only when it pauses.
    this.deferEnd = true;
    this.behavior.translateBy(this.surface, (-delta * scale) / k, 0);
    this.deferEnd = false;
    clearTimeout(this.wheelEnd);
    this.wheelEnd = window.setTimeout(() => this.ended(), 150);
  }

  hostConnected(): void {
    this.applyBounds();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.wheelEnd);
    this.animation.stop();
  }
}
