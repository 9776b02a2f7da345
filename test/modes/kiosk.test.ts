import { expect } from '@open-wc/testing';
import { kioskClock, systemScheduler } from '../../src/scheduler.js';
import { TOUR_STEP_MS } from '../../src/controllers/kiosk-controller.js';
import { RETRY_MS } from '../../src/data/saved-copy.js';
import { FakeClock } from '../fixtures/fake-clock.js';
import { readQr } from '../fixtures/qr-reader.js';
import { allByRole, byRole, loaded, mount, part, parts } from '../harness.js';
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
        const found = allByRole<SVGSVGElement>(el, 'img', /^QR code: /);
        return found.length === 2 && found.every((svg) => svg.querySelector('path')) && found;
      });
      expect(await readQr(codes[0]!)).to.equal('https://kemlu.go.id/');
      expect(await readQr(codes[1]!)).to.equal(
        'https://www.kompasiana.com/search?q=cyber%20diplomacy%20indonesia',
      );
      expect(accessibleName(codes[0]!)).to.equal('QR code: Kementerian Luar Negeri');
      const card = part(el, 'detail');
      expect(card.querySelectorAll('a')).to.have.length(0);
      expect(card.querySelector('figcaption')!.textContent).to.contain('Kementerian Luar Negeri');
      // A source without an address stays a line of text.
      expect(card.textContent).to.contain('A printed book, without an address');
    });

    it('follows no link in the list view either', async () => {
      const el = await mountKiosk({ src: WITH_URLS });
      byRole(el, 'button', 'List').click();
      const link = await until(() => parts(el, 'list')[0]?.querySelector('a'));
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      // The list's own buttons still work.
      part(el, 'list').querySelector<HTMLButtonElement>('.list-title')!.click();
      await el.updateComplete;
      expect(el.selected).to.equal('a');
    });

    it('has no accessibility violations with a card of QR codes open', async () => {
      const el = await mountKiosk({ src: WITH_URLS });
      el.select('a');
      await until(() => parts(el, 'qr')[0]?.querySelector('path'));
      await expect(el).to.be.accessible();
    });

    it("gives its controls, marks and the card's close button 44 × 44 pixels", async () => {
      const el = await mountKiosk({ src: WITH_URLS });
      el.select('a');
      await until(() => parts(el, 'qr')[0]?.querySelector('path'));
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
      const title = byRole(part(el, 'detail'), 'heading');
      expect(title.textContent).to.contain('The only');
    });

    it('stays correct when the screen is resized or rotated mid-tour', async () => {
      const el = await mountKiosk({ idle: '1', width: 1000 });
      clock.tick(1000 + TOUR_STEP_MS * 8);
      await el.updateComplete;
      expect(el.selected).to.equal('public-awareness-grows');
      el.style.width = '600px';
      el.style.height = '900px';
      const plot = part(el, 'plot');
      await until(() => plot.getBoundingClientRect().width < 600);
      clock.tick(TOUR_STEP_MS);
      await el.updateComplete;
      expect(el.selected).to.equal('annual-press-statement-2017');
      expect(clock.pending, 'one timer at a time').to.equal(1);
      // The stop's mark is drawn inside the narrower drawing, its date in view.
      const mark = await until(() => parts(el, 'event-selected')[0]);
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
      const notice = part(el, 'notice');
      expect(notice.textContent).to.match(/Offline: showing the copy saved on \d+ \w+ \d{4}/);
      expect(allByRole(el, 'alert')).to.be.empty;

      // Still failing: the copy stays.
      clock.tick(RETRY_MS);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(parts(el, 'notice')).not.to.be.empty;

      window.fetch = realFetch;
      const load = loaded(el);
      clock.tick(RETRY_MS);
      await load;
      await el.updateComplete;
      expect(parts(el, 'notice')).to.be.empty;
      expect(marks(el).length).to.equal(2);
    });

    it('shows the failure when there is no copy, and an embed keeps none', async () => {
      localStorage.clear();
      window.fetch = () => Promise.reject(new TypeError('offline'));
      const el = await mount({
        src: '/never-loaded.json',
        attributes: { mode: 'kiosk', lang: 'en' },
        size: null,
        wait: 'update',
      });
      const alert = await until(() => allByRole(el, 'alert')[0]);
      expect(alert.textContent).to.contain('could not be loaded');
      window.fetch = realFetch;
      await mount({ src: WITH_URLS, attributes: { lang: 'en' }, size: null });
      expect(Object.keys(localStorage)).to.deep.equal([]);
    });
  });
});
