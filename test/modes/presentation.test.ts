import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { render } from 'lit';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import type { TimelineEvent } from '../../src/data/model.js';
import { en } from '../../src/i18n/en.js';
import { renderSlide } from '../../src/view/slide.js';
import { byRole, part, parts } from '../harness.js';
import { DEFAULT_DATASET, accessibleName, drawn, marks, until } from '../helpers.js';
import { mountPresentation } from './presentation-fixture.js';
import { expectSame } from '../readable-failures.js';

interface RawEvent {
  id: string;
  title: { en: string };
}

let events: RawEvent[];

before(async () => {
  events = ((await (await fetch(DEFAULT_DATASET)).json()) as { events: RawEvent[] }).events;
});

function slideTitle(el: DiplomacyTimeline): string {
  return byRole(part(el, 'slide'), 'heading').textContent!.trim();
}

function progress(el: DiplomacyTimeline): string {
  return part(el, 'progress').textContent!.trim();
}

describe('presentation mode', () => {
  afterEach(async () => {
    if (document.fullscreenElement) await document.exitFullscreen();
  });

  it('opens on the first event as a slide: date, title, description, sources and "1 / N"', async () => {
    const el = await mountPresentation();
    expect(el.selected).to.equal(events[0]!.id);
    expect(slideTitle(el)).to.equal(events[0]!.title.en);
    const slide = part(el, 'slide');
    expect(slide.querySelector('.slide-date')!.textContent).to.contain('2000s');
    expect(slide.querySelector('.slide-description')!.textContent).to.contain('foreign ministry');
    expect(slide.querySelector('.sources li')!.textContent).to.contain('Kompasiana');
    expect(progress(el)).to.equal(`1 / ${events.length}`);
    // The slide is the chosen event's card: no second card beside it.
    expect(parts(el, 'detail')).to.be.empty;
  });

  it('steps with what keyboards and clickers send: arrows, Page Up/Down, Space, Home, End', async () => {
    const el = await mountPresentation();
    // A clicker's keys reach the page while nothing has focus.
    expectSame(document.activeElement, document.body, 'nothing has focus');
    await sendKeys({ press: 'PageDown' });
    expect(progress(el)).to.equal(`2 / ${events.length}`);
    await sendKeys({ press: 'PageDown' });
    expect(progress(el)).to.equal(`3 / ${events.length}`);
    expect(slideTitle(el)).to.equal(events[2]!.title.en);
    await sendKeys({ press: 'PageUp' });
    expect(progress(el)).to.equal(`2 / ${events.length}`);

    // And from inside the widget, where arrows would otherwise move between marks.
    marks(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(progress(el)).to.equal(`3 / ${events.length}`);
    await sendKeys({ press: 'Space' });
    expect(progress(el)).to.equal(`4 / ${events.length}`);
    await sendKeys({ press: 'Shift+Space' });
    expect(progress(el)).to.equal(`3 / ${events.length}`);
    await sendKeys({ press: 'ArrowLeft' });
    expect(progress(el)).to.equal(`2 / ${events.length}`);
    await sendKeys({ press: 'End' });
    expect(progress(el)).to.equal(`${events.length} / ${events.length}`);
    expect(slideTitle(el)).to.equal(events.at(-1)!.title.en);
    // The last slide stays the last.
    await sendKeys({ press: 'PageDown' });
    expect(progress(el)).to.equal(`${events.length} / ${events.length}`);
    await sendKeys({ press: 'Home' });
    expect(progress(el)).to.equal(`1 / ${events.length}`);
    // Escape never closes the slide.
    await sendKeys({ press: 'Escape' });
    expect(el.selected).to.equal(events[0]!.id);
  });

  it("steps with its own buttons, named in the reader's language, and disables them at the ends", async () => {
    const el = await mountPresentation();
    const previous = part<HTMLButtonElement>(el, 'control-previous');
    const next = part<HTMLButtonElement>(el, 'control-next');
    expect(accessibleName(previous)).to.equal('Previous');
    expect(accessibleName(next)).to.equal('Next');
    expect(previous.disabled).to.equal(true);
    next.click();
    await el.updateComplete;
    expect(progress(el)).to.equal(`2 / ${events.length}`);
    expect(previous.disabled).to.equal(false);
    el.lang = 'id';
    await el.updateComplete;
    expect(accessibleName(next)).to.equal('Berikutnya');
  });

  it('lets Space press a focused button instead of stepping', async () => {
    const el = await mountPresentation();
    el.next();
    el.next();
    await el.updateComplete;
    part(el, 'control-previous').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // The button went back one; a step would have gone forward.
    expect(progress(el)).to.equal(`2 / ${events.length}`);
  });

  it('zooms smoothly to each slide', async () => {
    const el = await mountPresentation();
    const target = events.findIndex((e) => e.id === 'joko-widodo-presidency');
    const before = el.visibleRange;
    const settled = oneEvent(el, 'timeline-rangechange');
    el.select(events[target]!.id);
    await el.updateComplete;
    expect(progress(el)).to.equal(`${target + 1} / ${events.length}`);
    // Eased: right after the step the view has not moved yet.
    expect(el.visibleRange.start.getTime()).to.equal(before.start.getTime());
    await settled;
    const { start, end } = el.visibleRange;
    expect(start.getTime()).to.be.below(new Date(2014, 9, 20).getTime());
    expect(end.getTime()).to.be.above(new Date(2014, 9, 20).getTime());
    // The presidency (2014 – 2024) and a margin, not the whole of 2000 – 2024.
    expect(end.getFullYear() - start.getFullYear()).to.be.below(20);
    const mark = part(el, 'event-selected');
    const plot = part(el, 'plot').getBoundingClientRect();
    expect(mark.getBoundingClientRect().left).to.be.within(plot.left, plot.right);
  });

  it('asks for full screen with F and with its button, and leaves it with Escape', async () => {
    const el = await mountPresentation();
    let asked = 0;
    const request = el.requestFullscreen.bind(el);
    el.requestFullscreen = (options?: FullscreenOptions) => {
      asked++;
      return request(options);
    };
    await sendKeys({ press: 'f' });
    expect(asked).to.equal(1);
    await until(() => document.fullscreenElement === el);
    const button = part(el, 'control-full-screen');
    await until(() => button.getAttribute('aria-pressed') === 'true');
    expect(accessibleName(button)).to.equal('Full screen');
    marks(el)[0]!.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => document.fullscreenElement === null);
    await until(() => button.getAttribute('aria-pressed') === 'false');
    const box = button.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    expect(asked).to.equal(2);
    await until(() => document.fullscreenElement === el);
  });

  it('has no accessibility violations with the slide shown', async () => {
    const el = await mountPresentation();
    el.next();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('renderSlide', () => {
  const event: TimelineEvent = {
    id: 'x',
    index: 0,
    start: Date.UTC(2017, 0, 10),
    startPrecision: 'day',
    circa: false,
    title: { en: 'A day' },
    sources: [],
  };
  const actions = { previous: () => {}, next: () => {}, toggleFullScreen: () => {} };

  function slide(e: TimelineEvent): HTMLElement {
    const host = document.createElement('div');
    render(renderSlide({ m: en, event: e, index: 0, total: 1, fullScreen: false }, actions), host);
    return host;
  }

  it("shows an event's image with its alternative text when the event has media", () => {
    const withMedia = {
      ...event,
      media: {
        kind: 'image' as const,
        src: 'https://example.org/dcc.jpg',
        alt: { en: 'The command centre', id: 'Pusat komando' },
        credit: { en: 'Photo: the ministry' },
      },
    };
    const shown = slide(withMedia);
    const img = shown.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://example.org/dcc.jpg');
    expect(img.alt).to.equal('The command centre');
    expect(shown.querySelector('figcaption')!.textContent).to.equal('Photo: the ministry');
  });

  it('shows no image without media, or with an address that is not http(s)', () => {
    expect(slide(event).querySelector('img')).to.equal(null);
    const unsafe = {
      ...event,
      media: { kind: 'image' as const, src: 'javascript:alert(1)', alt: {} },
    };
    expect(slide(unsafe).querySelector('img')).to.equal(null);
  });
});

describe('presentation mode with link-hash', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('keeps the slide in the URL hash, so a reload returns to it', async () => {
    history.replaceState(null, '', location.pathname + location.search);
    const deck = () =>
      fixture<DiplomacyTimeline>(
        html`<diplomacy-timeline
          mode="presentation"
          lang="en"
          link-hash="deck"
          src=${DEFAULT_DATASET}
          style="width: 1200px; height: 760px"
        ></diplomacy-timeline>`,
      );
    const first = await deck();
    await drawn(first);
    await until(() => parts(first, 'slide')[0]);
    first.next();
    first.next();
    first.next();
    await until(() => location.hash.includes(`deck-event=${events[3]!.id}`));
    first.remove();
    // A reload: a new timeline on the same page address.
    const again = await deck();
    await drawn(again);
    await until(() => again.selected === events[3]!.id);
    await until(() => parts(again, 'progress')[0]);
    expect(progress(again)).to.equal(`4 / ${events.length}`);
    expect(slideTitle(again)).to.equal(events[3]!.title.en);
  });
});
