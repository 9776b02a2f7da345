import type { TimelineMode } from '../layout/modes.js';
import type { ModeContext, ModeFeature, ModeHost } from './mode-feature.js';
import { warn } from '../warn.js';

type ModeModule = { create(host: ModeHost, context: ModeContext): ModeFeature };

const loaders: Partial<Record<TimelineMode, () => Promise<ModeModule>>> = {
  presentation: () => import('./presentation.js'),
  kiosk: () => import('./kiosk.js'),
};

/**
 * Loads the behaviour of the presentation and kiosk modes when a timeline first uses one and
 * passes the element's calls on to it. A feature stays once loaded (switching back is
 * instant) and is synced even when its mode is not the current one, so it can stop listening.
 */
export class ModeLoader {
  /** Loaded features; null while one is loading. */
  private readonly features = new Map<TimelineMode, ModeFeature | null>();

  constructor(
    private readonly host: ModeHost,
    private readonly context: ModeContext,
  ) {}

  /** The current mode's feature, once loaded. */
  get current(): ModeFeature | null | undefined {
    return this.features.get(this.host.mode);
  }

  /** Before each render: load the current mode's feature if needed, and sync every one loaded. */
  sync(): void {
    const mode = this.host.mode;
    const load = loaders[mode];
    if (load && !this.features.has(mode)) {
      this.features.set(mode, null);
      load().then(
        (module) => {
          this.features.set(mode, module.create(this.host, this.context));
          this.host.requestUpdate();
        },
        (error: unknown) => {
          // Asked again on the next update.
          this.features.delete(mode);
          warn(`the ${mode} mode could not be loaded.`, error);
        },
      );
    }
    for (const feature of this.features.values()) feature?.sync();
  }

  /** Whether the current mode's feature is loaded (an embed needs none): drawing waits for it. */
  get ready(): boolean {
    return this.host.mode === 'embed' || !!this.current;
  }
}
