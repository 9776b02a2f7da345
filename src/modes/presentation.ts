import { PresentationController } from '../controllers/presentation-controller.js';
import { SlideBoxController } from '../controllers/slide-box-controller.js';
import { scaledSizes } from '../layout/presentation-sizes.js';
import { slideView } from '../layout/slide-view.js';
import { renderSlide } from '../view/slide.js';
import { presentationStyles } from '../view/presentation.styles.js';
import { slideStyles } from '../view/slide.styles.js';
import { adoptStyles } from './adopt-styles.js';
import { type ModeContext, type ModeFeature, type ModeHost, eventsOf } from './mode-feature.js';

/** Presentation mode: the chosen event as a slide, stepped by keys and clickers. */
export function create(host: ModeHost, context: ModeContext): ModeFeature {
  adoptStyles(host, slideStyles);
  adoptStyles(host, presentationStyles);
  const active = () => host.mode === 'presentation';
  const presenter = new PresentationController(host, {
    active,
    pageKeys: () => host.pageKeys !== 'off',
    count: () => eventsOf(host, context).events.length,
    current: () => eventsOf(host, context).chosen,
    show: (index) => host.select(eventsOf(host, context).events[index]?.id ?? null),
  });
  const box = new SlideBoxController(host, { active, rangeLanes: () => context.rangeLanes() });
  const deck = {
    previous: () => presenter.step(-1),
    next: () => presenter.step(1),
    toggleFullScreen: () => presenter.toggleFullScreen(),
  };
  return {
    sync() {
      presenter.sync();
      box.sync();
    },
    reveal(event) {
      const home = context.home();
      if (!active() || !home) return false;
      // The first slide appears with its zoom: the drawing's height changes in that render,
      // which would cut an eased zoom short, so it jumps; from then on it eases.
      const view = slideView(eventsOf(host, context).events, event.index, home);
      context.show(view, !!host.shadowRoot?.querySelector('.slide'));
      return true;
    },
    views() {
      const { events, chosen: index } = eventsOf(host, context);
      const event = events[index];
      if (!active() || !event) return {};
      const model = { m: context.messages(), event, index, total: events.length };
      return {
        above: renderSlide({ ...model, fullScreen: presenter.fullScreen }, deck),
        // The slide is the chosen event's card.
        selected: undefined,
      };
    },
    sizes: () => (active() ? scaledSizes(box.scale) : undefined),
  };
}
