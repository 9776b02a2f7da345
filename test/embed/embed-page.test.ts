import { expect, fixture, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { DEFAULT_DATASET, accessibleName, until } from '../helpers.js';

/** Loads the built embed.html with a query string in an iframe, as a blog platform would. */
async function embed(query: string, width = 800): Promise<HTMLIFrameElement> {
  return fixture<HTMLIFrameElement>(
    html`<iframe
      title="timeline"
      src=${`/dist/embed.html${query}`}
      style="width: ${width}px; height: 500px; border: 0"
    ></iframe>`,
  );
}

function timelineIn(frame: HTMLIFrameElement): DiplomacyTimeline | null {
  return frame.contentDocument?.querySelector('diplomacy-timeline') ?? null;
}

/** The error the embedded widget shows, once it shows one. */
async function errorIn(frame: HTMLIFrameElement): Promise<HTMLElement> {
  return until(() => timelineIn(frame)?.shadowRoot?.querySelector<HTMLElement>('[role="alert"]'));
}

describe('dist/embed.html', () => {
  it('shows the timeline the query describes, and answers clicks', async () => {
    const frame = await embed(
      `?src=${DEFAULT_DATASET}&lang=id&start=2015&end=2019&selected=digital-command-center&theme=dark`,
    );
    const detail = await until(() =>
      timelineIn(frame)?.shadowRoot?.querySelector<HTMLElement>('[part="detail"]'),
    );
    const el = timelineIn(frame)!;
    expect(detail.querySelector('h2')!.textContent).to.equal('Digital Command Center didirikan');
    expect(el.getAttribute('theme')).to.equal('dark');
    const { start, end } = el.visibleRange;
    expect(start.getFullYear()).to.equal(2015);
    expect(end.getFullYear()).to.equal(2019);
    // Choosing another event through its mark opens its card: the iframe is alive, not a picture.
    const mark = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.mark')].find((m) =>
      accessibleName(m).startsWith('Badan Siber dan Sandi Negara'),
    )!;
    mark.click();
    await until(() => el.selected === 'bssn-established');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="detail"] h2')!.textContent).to.contain(
      'Badan Siber',
    );
  });

  it('names an unknown parameter in the error state, in the chosen language', async () => {
    const frame = await embed(`?src=${DEFAULT_DATASET}&lang=id&strat=2016`);
    const error = await errorIn(frame);
    expect(error.textContent).to.contain('strat: parameter ini tidak ada (gunakan src, lang');
    expect(timelineIn(frame)!.shadowRoot!.querySelector('.mark')).to.equal(null);
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
    const el = await until(() => {
      const found = timelineIn(frame);
      return found?.shadowRoot?.querySelector('[part~="control"][aria-label]') ? found : null;
    });
    const expected = navigator.language.toLowerCase().startsWith('id') ? 'Perbesar' : 'Zoom in';
    const zoom = el.shadowRoot!.querySelector('[part~="control"][aria-label]')!;
    expect(zoom.getAttribute('aria-label')).to.equal(expected);
  });
});

describe('dist/embed.html under a strict Content Security Policy', () => {
  it('fills its frame edge to edge, on a phone too, with no style the policy refuses', async () => {
    // `?csp` has the test server send the policy; the page calls it an unknown parameter and
    // shows its error, which is as good as a timeline for where the widget sits.
    const frame = await embed(`?src=${DEFAULT_DATASET}&csp`, 320);
    await errorIn(frame);
    const box = timelineIn(frame)!.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, 320, 500]);
    const seen = (frame.contentWindow as Window & { cspViolations?: unknown[] }).cspViolations;
    expect(seen).to.deep.equal([]);
  });
});
