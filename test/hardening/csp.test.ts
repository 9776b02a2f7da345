import { expect } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { allByRole, findPart, isDrawn, part, parts, statusMessage, wheel } from '../harness.js';
import { until } from '../helpers.js';
import { openPage } from '../pages.js';

type Violation = { directive: string; blocked: string; sample: string; source: string };
/** What test/fixtures/csp-watch.js records in a page served with `?csp`. */
type PolicedWindow = Window &
  typeof globalThis & { cspViolations?: Violation[]; pageErrors?: string[] };

/** Opens `path?csp` (served under the strict policy) in a frame and waits for its timeline. */
async function openPoliced(
  path: string,
  timeline = 'diplomacy-timeline',
): Promise<{ win: PolicedWindow; el: DiplomacyTimeline }> {
  const frame = await openPage(`${path}${path.includes('?') ? '&' : '?'}csp`, {
    size: [1000, 700],
  });
  const el = await until(() => {
    const found = frame.contentDocument?.querySelector<DiplomacyTimeline>(timeline);
    return found && isDrawn(found) ? found : null;
  });
  return { win: frame.contentWindow as PolicedWindow, el };
}

/** Every timeline in the page has drawn, and two more frames have painted. */
async function allDrawn(win: PolicedWindow) {
  await until(() =>
    [...win.document.querySelectorAll<DiplomacyTimeline>('diplomacy-timeline')].every(isDrawn),
  );
  await painted(win);
}

/** Two frames of the page: whatever the work before scheduled has painted. */
function painted(win: PolicedWindow) {
  return new Promise((resolve) =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)),
  );
}

/** Renders, zooms (buttons, wheel, API), selects, opens and closes the card, shows the list. */
async function exercise(win: PolicedWindow, el: DiplomacyTimeline) {
  part(el, 'control-zoom-in').click();
  const box = part(el, 'plot').getBoundingClientRect();
  wheel(el, { deltaY: -200 }, [box.left + box.width / 2, box.top + 40]);
  el.zoomBy(0.5);
  el.reset();
  await el.updateComplete;
  const mark = await until(() => findPart<HTMLElement>(el, 'event'));
  mark.click();
  await el.updateComplete;
  expect(findPart(el, 'detail'), 'the detail card opens').to.exist;
  part(el, 'detail-close').click();
  el.next();
  await el.updateComplete;
  part(el, 'control-list').click();
  await el.updateComplete;
  expect(allByRole(part(el, 'list'), 'listitem'), 'the list shows').not.to.be.empty;
  part(el, 'control-list').click();
  await el.updateComplete;
  await painted(win);
}

/** The policy is really in force: an inline style attribute and a raw innerHTML are refused. */
async function expectPolicyEnforced(win: PolicedWindow) {
  expect(() => {
    win.document.body.innerHTML = '<b>x</b>';
    // The engines word the refusal differently; each throws the TypeError the standard asks
    // for (from the frame's realm, so it is checked by name).
  }, 'Trusted Types refuse a plain string')
    .to.throw()
    .with.property('name', 'TypeError');
  win.document.body.lastElementChild!.setAttribute('style', 'outline: 1px solid red');
  const seen = await until(() => win.cspViolations!.length > 1 && win.cspViolations!);
  expect(seen.map((v) => v.directive)).to.deep.equal([
    'require-trusted-types-for',
    'style-src-attr',
  ]);
}

/** The error state too: a source that does not answer, its Try again, and the wait. */
async function failAndRetry(el: DiplomacyTimeline) {
  el.timeout = 0.2;
  el.src = '/test-hang/data/x.json';
  const retry = await until(() => findPart<HTMLElement>(el, 'retry'));
  retry.click();
  await until(() => statusMessage(el));
  await until(() => findPart<HTMLElement>(el, 'retry'));
}

describe('under a strict Content Security Policy', function () {
  this.timeout(60_000);

  // The built module on a page of its own, then the demo article and the many-events demo.
  for (const [what, path] of [
    ['the built module', '/test/fixtures/csp-page.html'],
    ['the demo article', '/demo/index.html'],
    ['the many-events demo', '/demo/large.html'],
  ] as const) {
    it(`${what} renders and works with no violation`, async () => {
      const { win, el } = await openPoliced(path);
      await exercise(win, el);
      if (what === 'the built module') await failAndRetry(el);
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      if (what === 'the built module') {
        // Lit's static styles are constructed style sheets, which the policy allows: they apply.
        // (The shadow root's own sheets are what is checked, so the test reads them there.)
        expect(win.getComputedStyle(el).display).to.equal('block');
        expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
      }
      await expectPolicyEnforced(win);
    });
  }

  // The pages merged with presentation, kiosk, embedding and authoring: nothing inline.
  for (const page of ['presentation', 'kiosk', 'generator', 'themes', 'authoring']) {
    it(`the ${page} demo renders with no violation`, async () => {
      const { win } = await openPoliced(`/demo/${page}.html`);
      await allDrawn(win);
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      await expectPolicyEnforced(win);
    });
  }

  it('a rich description (the DOMPurify chunk) shows with no violation', async () => {
    const { win, el } = await openPoliced('/demo/authoring.html', '#from-timelinejs');
    part(el, 'control-list').click();
    await el.updateComplete;
    const item = await until(
      () => allByRole(part(el, 'list'), 'button', /Digital Command Center/)[0],
    );
    item.click();
    // The sanitised markup arrived: formatting and a link that opens apart from the page (the
    // description's own markup is what is checked, so it is read from the card).
    const link = await until(() => findPart(el, 'detail')?.querySelector('a[target="_blank"]'));
    expect(link.getAttribute('href')).to.equal('https://kemlu.go.id');
    expect(part(el, 'detail').querySelector('strong, em')).to.exist;
    // The list is showing, not the drawing: wait for paint only.
    await painted(win);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it("a kiosk's sources show as QR codes with no violation", async () => {
    // The demo's own dataset gives no addresses; the kiosk page takes another as ?src=.
    const { win, el } = await openPoliced(
      '/demo/kiosk.html?src=/test/fixtures/sources-with-urls.json',
    );
    el.select('a');
    await el.updateComplete;
    // Each code is drawn as one path of its own SVG.
    await until(
      () => parts(el, 'qr').flatMap((qr) => [...qr.querySelectorAll('svg path')]).length === 2,
    );
    await allDrawn(win);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });
});
