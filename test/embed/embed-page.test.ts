import { expect } from '@open-wc/testing';
import { byRole, findPart, isDrawn, part } from '../harness.js';
import { DEFAULT_DATASET, until } from '../helpers.js';
import { openPage, timelineIn, timelinesIn } from '../pages.js';

/** Loads the built embed.html with a query string in an iframe, as a blog platform would. */
function embed(query: string, width = 800): Promise<HTMLIFrameElement> {
  return openPage(`/dist/embed.html${query}`, {
    title: 'timeline',
    size: [width, 500],
    style: 'border: 0',
  });
}

/** The error the embedded widget shows, once it shows one. */
async function errorIn(frame: HTMLIFrameElement): Promise<HTMLElement> {
  return part(await timelineIn(frame, (el) => findPart(el, 'error')), 'error');
}

describe('dist/embed.html', () => {
  it('shows the timeline the query describes, and answers clicks', async () => {
    const frame = await embed(
      `?src=${DEFAULT_DATASET}&lang=id&start=2015&end=2019&selected=digital-command-center&theme=dark`,
    );
    const el = await timelineIn(frame, (found) => findPart(found, 'detail'));
    expect(byRole(part(el, 'detail'), 'heading').textContent).to.equal(
      'Digital Command Center didirikan',
    );
    expect(el.getAttribute('theme')).to.equal('dark');
    const { start, end } = el.visibleRange;
    expect(start.getFullYear()).to.equal(2015);
    expect(end.getFullYear()).to.equal(2019);
    // Choosing another event through its mark opens its card: the iframe is alive, not a picture.
    byRole(el, 'button', /^Badan Siber dan Sandi Negara/).click();
    await until(() => el.selected === 'bssn-established');
    await el.updateComplete;
    expect(byRole(part(el, 'detail'), 'heading').textContent).to.contain('Badan Siber');
  });

  it('names an unknown parameter in the error state, in the chosen language', async () => {
    const frame = await embed(`?src=${DEFAULT_DATASET}&lang=id&strat=2016`);
    const error = await errorIn(frame);
    expect(error.textContent).to.contain('strat: parameter ini tidak ada (gunakan src, lang');
    expect(isDrawn(timelinesIn(frame)[0]!)).to.equal(false);
  });

  it('refuses a date that is not one, in English when asked', async () => {
    const frame = await embed(`?src=${DEFAULT_DATASET}&lang=en&start=2017-13-01`);
    const error = await errorIn(frame);
    expect(error.textContent!.trim()).to.equal(
      'start: "2017-13-01" is not a date (write 2017, 2017-01 or 2017-01-10).',
    );
  });

  it('shows the widget’s own error when the dataset cannot be loaded', async () => {
    const frame = await embed('?src=/data/no-such-file.json&lang=id');
    const error = await errorIn(frame);
    expect(error.textContent)
      .to.contain('/data/no-such-file.json')
      .and.contain('server menjawab 404');
  });

  it('speaks the reader’s browser language when the query names none', async () => {
    const frame = await embed(`?src=${DEFAULT_DATASET}`);
    const el = await timelineIn(frame, (found) => findPart(found, 'control-zoom-in'));
    const expected = navigator.language.toLowerCase().startsWith('id') ? 'Perbesar' : 'Zoom in';
    expect(part(el, 'control-zoom-in').getAttribute('aria-label')).to.equal(expected);
  });
});

describe('dist/embed.html under a strict Content Security Policy', () => {
  it('fills its frame edge to edge, on a phone too, with no style the policy refuses', async () => {
    // `?csp` has the test server send the policy; the page calls it an unknown parameter and
    // shows its error, which is as good as a timeline for where the widget sits.
    const frame = await embed(`?src=${DEFAULT_DATASET}&csp`, 320);
    await errorIn(frame);
    const box = timelinesIn(frame)[0]!.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, 320, 500]);
    const seen = (frame.contentWindow as Window & { cspViolations?: unknown[] }).cspViolations;
    expect(seen).to.deep.equal([]);
  });
});
