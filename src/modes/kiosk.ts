import { html, nothing } from 'lit';
import { formatDate } from '../i18n/format.js';
import { readIdleMs } from '../layout/idle.js';
import { kioskPortraitSizes, kioskSizes } from '../layout/kiosk-sizes.js';
import { KioskController } from '../controllers/kiosk-controller.js';
import { PortraitController } from '../controllers/portrait-controller.js';
import { slideView } from '../layout/slide-view.js';
import { qrSource, renderTourHint } from '../view/kiosk.js';
import { kioskStyles } from '../view/kiosk.styles.js';
import { sizeProperties } from '../view/size-properties.js';
import { adoptStyles } from './adopt-styles.js';
import { type ModeContext, type ModeFeature, type ModeHost, eventsOf } from './mode-feature.js';

/** Kiosk mode: touch first, QR codes for sources, and the attract loop when left alone. */
export function create(host: ModeHost, context: ModeContext): ModeFeature {
  adoptStyles(host, kioskStyles);
  adoptStyles(host, sizeProperties(kioskSizes, ":host([mode='kiosk'])"));
  const active = () => host.mode === 'kiosk';
  const kiosk = new KioskController(host, {
    active,
    idleMs: () => readIdleMs(host.idle),
    count: () => eventsOf(host, context).events.length,
    home: () => {
      host.select(null);
      host.reset();
    },
    tour: (index) => host.select(eventsOf(host, context).events[index]?.id ?? null),
  });
  const upright = new PortraitController(host);
  return {
    sync: () => kiosk.sync(),
    reveal(event) {
      const home = context.home();
      // A tour stop zooms to the event like a slide; a visitor's own choice moves nothing.
      if (!active() || !kiosk.touring || !home) return false;
      context.show(slideView(eventsOf(host, context).events, event.index, home), true);
      return true;
    },
    sizes: () => (active() ? (upright.portrait ? kioskPortraitSizes : kioskSizes) : undefined),
    views() {
      if (!active()) return {};
      const m = context.messages();
      const state = context.state();
      const savedAt = state.status === 'ready' ? state.savedAt : undefined;
      return {
        above: html`${
          savedAt === undefined
            ? nothing
            : html`<p class="notice" part="notice" role="status">
                ${m.savedCopy(formatDate(m, savedAt, 'day'))}
              </p>`
        }${kiosk.touring ? renderTourHint(m) : nothing}`,
        renderSource: qrSource(m, (url) => kiosk.qr(url)),
        portrait: upright.portrait,
      };
    },
  };
}
