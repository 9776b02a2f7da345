import { expect, fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { until } from '../helpers.js';

type Violation = { directive: string; blocked: string; sample: string; source: string };
/** What test/fixtures/csp-watch.js records in a page served with `?csp`. */
type PolicedWindow = Window &
  typeof globalThis & { cspViolations?: Violation[]; pageErrors?: string[] };

/** Opens `path?csp` (served under the strict policy) in a frame and waits for its timeline. */
async function openPoliced(
  path: string,
  timeline = 'diplomacy-timeline',
): Promise<{ win: PolicedWindow; el: DiplomacyTimeline; root: ShadowRoot }> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      src="${path}${path.includes('?') ? '&' : '?'}csp"
      style="width: 1000px; height: 700px"
    ></iframe>`,
  );
  const el = await until(() => {
    const found = frame.contentDocument?.querySelector<DiplomacyTimeline>(timeline);
    return found?.shadowRoot?.querySelector(DRAWN) ? found : null;
  });
  return { win: frame.contentWindow as PolicedWindow, el, root: el.shadowRoot! };
}

/** What a timeline shows once loaded and laid out: marks, or a slide in presentation mode. */
const DRAWN = '[part~="event"], [part~="cluster"], [part="slide"]';

/** Every timeline in the page has drawn, and two more frames have painted. */
async function allDrawn(win: PolicedWindow) {
  await until(() =>
    [...win.document.querySelectorAll<DiplomacyTimeline>('diplomacy-timeline')].every((t) =>
      t.shadowRoot?.querySelector(DRAWN),
    ),
  );
  await new Promise((resolve) =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)),
  );
}

/** Renders, zooms (buttons, wheel, API), selects, opens and closes the card, shows the list. */
async function exercise(win: PolicedWindow, el: DiplomacyTimeline, root: ShadowRoot) {
  root.querySelector<HTMLButtonElement>('[part~="control-zoom-in"]')!.click();
  const plot = root.querySelector<HTMLElement>('.plot')!;
  const box = plot.getBoundingClientRect();
  plot.dispatchEvent(
    new win.WheelEvent('wheel', {
      deltaY: -200,
      clientX: box.left + box.width / 2,
      clientY: box.top + 40,
      bubbles: true,
      cancelable: true,
    }),
  );
  el.zoomBy(0.5);
  el.reset();
  await el.updateComplete;
  const mark = await until(() => root.querySelector<HTMLButtonElement>('[part~="event"]'));
  mark.click();
  await el.updateComplete;
  expect(root.querySelector('[part="detail"]'), 'the detail card opens').to.exist;
  root.querySelector<HTMLButtonElement>('[part="detail-close"]')!.click();
  el.next();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('.list-toggle')!.click();
  await el.updateComplete;
  expect(root.querySelector('.list li'), 'the list shows').to.exist;
  root.querySelector<HTMLButtonElement>('.list-toggle')!.click();
  await el.updateComplete;
  // Two frames: whatever the work above scheduled has painted.
  await new Promise((resolve) =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)),
  );
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

describe('under a strict Content Security Policy', function () {
  this.timeout(60_000);

  it('the built module renders and works with no violation', async () => {
    const { win, el, root } = await openPoliced('/test/fixtures/csp-page.html');
    await exercise(win, el, root);
    // The error state too: a source that does not answer, and Try again.
    el.timeout = 0.2;
    el.src = '/test-hang/data/x.json';
    const retry = await until(() => root.querySelector<HTMLButtonElement>('[part="retry"]'));
    retry.click();
    await until(() => root.querySelector('[role="status"].status'));
    await until(() => root.querySelector('[part="retry"]'));
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    // Lit's static styles are constructed style sheets, which the policy allows: they apply.
    expect(win.getComputedStyle(el).display).to.equal('block');
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
    await expectPolicyEnforced(win);
  });

  it('the demo article renders and works with no violation', async () => {
    const { win, el, root } = await openPoliced('/demo/index.html');
    await exercise(win, el, root);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    await expectPolicyEnforced(win);
  });

  it('the many-events demo renders and works with no violation', async () => {
    const { win, el, root } = await openPoliced('/demo/large.html');
    await exercise(win, el, root);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    await expectPolicyEnforced(win);
  });

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
    const { win, el, root } = await openPoliced('/demo/authoring.html', '#from-timelinejs');
    root.querySelector<HTMLButtonElement>('.list-toggle')!.click();
    await el.updateComplete;
    const item = await until(() =>
      [...root.querySelectorAll<HTMLButtonElement>('.list-title')].find((b) =>
        b.textContent!.includes('Digital Command Center'),
      ),
    );
    item.click();
    // The sanitised markup arrived: formatting and a link that opens apart from the page.
    const link = await until(() => root.querySelector('[part="detail"] a[target="_blank"]'));
    expect(link.getAttribute('href')).to.equal('https://kemlu.go.id');
    expect(root.querySelector('[part="detail"] strong, [part="detail"] em')).to.exist;
    // The list is showing, not the drawing: wait for paint only.
    await new Promise((resolve) =>
      win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)),
    );
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it("a kiosk's sources show as QR codes with no violation", async () => {
    // The demo's own dataset gives no addresses; the kiosk page takes another as ?src=.
    const { win, el, root } = await openPoliced(
      '/demo/kiosk.html?src=/test/fixtures/sources-with-urls.json',
    );
    el.select('a');
    await el.updateComplete;
    await until(() => root.querySelectorAll('[part="qr"] svg path').length === 2);
    await allDrawn(win);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });
});
