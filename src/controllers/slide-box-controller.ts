import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { drawingMinHeight, presentationScale } from '../layout/presentation-sizes.js';

/** What sizing a presentation to its box needs of the timeline. */
export interface SlideBoxContext {
  /** Whether the element is in presentation mode now. */
  active(): boolean;
  /** How many lanes of ranges the drawing reserves above its label lanes. */
  rangeLanes(): number;
}

/**
 * A presentation sizes to its box, not to the window: its styles scale type and marks with
 * container query units (view/presentation.styles.ts), and the layout must scale its sizes by
 * the same factor. The styles are the one source: this reads the factor back from the drawing's
 * computed type size whenever the box changes size, and re-renders when it changed. It tells
 * the styles, in turn, the least height the layout's rows need, so the slide above gives way
 * before the drawing loses its chosen mark.
 */
export class SlideBoxController implements ReactiveController {
  /** What the layout multiplies its sizes by. */
  scale = 1;
  private readonly sheet = new CSSStyleSheet();
  private minHeight = -1;
  private observer?: ResizeObserver;
  /** The mode has just started: the factor is read after this render. */
  private starting = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: SlideBoxContext,
  ) {
    host.addController(this);
    const root = host.shadowRoot;
    if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  /** Before a render: follow the mode, and the rows the dataset's ranges take. */
  sync(): void {
    const on = this.context.active() && this.host.isConnected;
    if (on !== !!this.observer) {
      this.observer?.disconnect();
      this.observer = on ? new ResizeObserver(this.onResize) : undefined;
      this.observer?.observe(this.host);
      this.starting = on;
    }
    const minHeight = drawingMinHeight(this.context.rangeLanes());
    if (minHeight !== this.minHeight) {
      this.minHeight = minHeight;
      this.sheet.replaceSync(`:host { --_drawing-min: ${minHeight}; }`);
    }
  }

  /** Reads the factor the styles scale the drawing by now; true when it changed. */
  private read(): boolean {
    const drawing = this.host.shadowRoot?.querySelector('.plot');
    if (!drawing) return false;
    const scale = presentationScale(parseFloat(getComputedStyle(drawing).fontSize));
    if (scale === this.scale) return false;
    this.scale = scale;
    return true;
  }

  /**
   * The box changed size: read the factor in the next frame, as re-rendering from inside the
   * observer's turn would resize what other observers watch (a ResizeObserver loop). For
   * that one frame the marks' styles are ahead of the layout.
   */
  private readonly onResize = (): void => {
    requestAnimationFrame(() => {
      if (this.observer && this.read()) this.host.requestUpdate();
    });
  };

  /** Once as the mode starts, so its first slide is not painted at a stale scale. */
  hostUpdated(): void {
    if (!this.starting) return;
    this.starting = false;
    if (this.read()) this.host.requestUpdate();
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
