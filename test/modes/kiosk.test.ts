import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { kioskClock, systemScheduler } from '../../src/scheduler.js';
import { TOUR_STEP_MS } from '../../src/controllers/kiosk-controller.js';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { RETRY_MS } from '../../src/data/saved-copy.js';
import { FakeClock } from '../fixtures/fake-clock.js';
import { readQr } from '../fixtures/qr-reader.js';
import { accessibleName, marks, until, userSelect } from '../helpers.js';
import { WITH_URLS, hint, mountKiosk } from './kiosk-fixture.js';

describe('kiosk mode', () => {
  let clock: FakeClock;

  beforeEach(() => {
    clock = new FakeClock();
    kioskClock.scheduler = clock;
  });

  afterEach(() => {
    kioskClock.scheduler = systemScheduler;
  });

  describe('touch first', () => {
    it('keeps gestures, selection and the context menu inside the widget', async () => {
      const el = await mountKiosk();
      const style = getComputedStyle(el);
      expect(style.touchAction).to.equal('none');
      expect(userSelect(el)).to.equal('none');
      expect(style.overscrollBehaviorX).to.equal('contain');
      expect(style.overscrollBehaviorY).to.equal('contain');
      const menu = new MouseEvent('contextmenu', {
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      marks(el)[0]!.dispatchEvent(menu);
      expect(menu.defaultPrevented).to.equal(true);
    });
  });

  describe('sources', () => {
    it('shows each source with an address as a QR code that reads back to it, and follows no link', async () => {
      const el = await mountKiosk({ src: WITH_URLS });
      el.select('a');
      const codes = await until(() => {
        const found = [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('.qr-code')];
        return found.length === 2 && found.every((svg) => svg.querySelector('path')) && found;
      });
      expect(await readQr(codes[0]!)).to.equal('https://kemlu.go.id/');
      expect(await readQr(codes[1]!)).to.equal(
        'https://www.kompasiana.com/search?q=cyber%20diplomacy%20indonesia',
      );
      expect(accessibleName(codes[0]!)).to.equal('QR code: Kementerian Luar Negeri');
      const card = el.shadowRoot!.querySelector('.detail')!;
      expect(card.querySelectorAll('a')).to.have.length(0);
      expect(card.querySelector('figcaption')!.textContent).to.contain('Kementerian Luar Negeri');
      // A source without an address stays a line of text.
      expect(card.textContent).to.contain('A printed book, without an address');
    });

    it('follows no link in the list view either', async () => {
      const el = await mountKiosk({ src: WITH_URLS });
      el.shadowRoot!.querySelector<HTMLButtonElement>('.list-toggle')!.click();
      const link = await until(() => el.shadowRoot!.querySelector('.list a'));
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      // The list's own buttons still work.
      el.shadowRoot!.querySelector<HTMLButtonElement>('.list-title')!.click();
      await el.updateComplete;
      expect(el.selected).to.equal('a');
    });

    it('has no accessibility violations with a card of QR codes open', async () => {
      const el = await mountKiosk({ src: WITH_URLS });
      el.select('a');
      await until(() => el.shadowRoot!.querySelector('.qr-code path'));
      await expect(el).to.be.accessible();
    });

    it("gives its controls, marks and the card's close button 44 × 44 pixels", async () => {
      const el = await mountKiosk({ src: WITH_URLS });
      el.select('a');
      await until(() => el.shadowRoot!.querySelector('.qr-code path'));
      for (const button of el.shadowRoot!.querySelectorAll('button')) {
        const box = button.getBoundingClientRect();
        expect(box.width, accessibleName(button)).to.be.at.least(44);
        expect(box.height, accessibleName(button)).to.be.at.least(44);
      }
    });
  });

  describe('attract loop', () => {
    it('uses 90 seconds when idle is negative or not a number', async () => {
      for (const idle of ['-5', 'soon']) {
        const el = await mountKiosk({ idle });
        clock.tick(89_999);
        await el.updateComplete;
        expect(hint(el), idle).to.equal(null);
        clock.tick(1);
        await el.updateComplete;
        expect(hint(el), idle).to.not.equal(null);
        el.remove();
      }
    });

    it('tours a dataset of one event by showing that event', async () => {
      const el = await mountKiosk({
        data: { events: [{ id: 'only', start: '2017', title: 'The only event' }] },
        idle: '5',
      });
      clock.tick(5000 + TOUR_STEP_MS);
      await el.updateComplete;
      expect(el.selected).to.equal('only');
      el.select(null);
      await el.updateComplete;
      clock.tick(TOUR_STEP_MS);
      await el.updateComplete;
      expect(el.selected).to.equal('only');
      expect(el.shadowRoot!.querySelector('#detail-title')!.textContent).to.contain('The only');
    });

    it('stays correct when the screen is resized or rotated mid-tour', async () => {
      const el = await mountKiosk({ idle: '1', width: 1000 });
      clock.tick(1000 + TOUR_STEP_MS * 8);
      await el.updateComplete;
      expect(el.selected).to.equal('public-awareness-grows');
      el.style.width = '600px';
      el.style.height = '900px';
      const plot = el.shadowRoot!.querySelector('.plot')!;
      await until(() => plot.getBoundingClientRect().width < 600);
      clock.tick(TOUR_STEP_MS);
      await el.updateComplete;
      expect(el.selected).to.equal('annual-press-statement-2017');
      expect(clock.pending, 'one timer at a time').to.equal(1);
      // The stop's mark is drawn inside the narrower drawing, its date in view.
      const mark = await until(() => el.shadowRoot!.querySelector('.selected'));
      await until(() => {
        const box = mark.getBoundingClientRect();
        const area = plot.getBoundingClientRect();
        return box.left >= area.left && box.left <= area.right;
      });
      const { start, end } = el.visibleRange;
      expect(start.getFullYear()).to.be.at.most(2017);
      expect(end.getFullYear()).to.be.at.least(2017);
    });
  });

  describe('saved copy', () => {
    const realFetch = window.fetch;
    afterEach(() => {
      window.fetch = realFetch;
    });

    it('keeps the last good copy on screen when the source fails, and tries again later', async () => {
      const src = `${WITH_URLS}?saved-copy-test`;
      localStorage.clear();
      (await mountKiosk({ src })).remove();
      window.fetch = () => Promise.reject(new TypeError('offline'));
      const el = await mountKiosk({ src });
      expect(marks(el).length).to.equal(2);
      const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
      expect(notice.textContent).to.match(/Offline: showing the copy saved on \d+ \w+ \d{4}/);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);

      // Still failing: the copy stays.
      clock.tick(RETRY_MS);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.not.equal(null);

      window.fetch = realFetch;
      const loaded = oneEvent(el, 'timeline-load');
      clock.tick(RETRY_MS);
      await loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
      expect(marks(el).length).to.equal(2);
    });

    it('shows the failure when there is no copy, and an embed keeps none', async () => {
      localStorage.clear();
      window.fetch = () => Promise.reject(new TypeError('offline'));
      const el = await fixture<DiplomacyTimeline>(
        html`<diplomacy-timeline
          mode="kiosk"
          lang="en"
          src="/never-loaded.json"
        ></diplomacy-timeline>`,
      );
      const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
      expect(alert.textContent).to.contain('could not be loaded');
      window.fetch = realFetch;
      const embed = await fixture<DiplomacyTimeline>(
        html`<diplomacy-timeline lang="en" src=${WITH_URLS}></diplomacy-timeline>`,
      );
      await oneEvent(embed, 'timeline-load');
      expect(Object.keys(localStorage)).to.deep.equal([]);
    });
  });
});
