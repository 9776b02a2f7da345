import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { readQr } from '../fixtures/qr-reader.js';
import { findPart, mount } from '../harness.js';
import { accessibleName, until } from '../helpers.js';
import { drawnIn, openPage } from '../pages.js';

/** Media of every kind, in our own format: `kind` given, or read from the address. */
const dataset = {
  events: [
    {
      id: 'quote',
      start: '1914',
      title: 'What the keeper said',
      media: {
        kind: 'quote',
        quote: { en: 'The light has *never* gone out.', id: 'Lampu *tidak pernah* padam.' },
        credit: 'The keeper',
        caption: 'From the logbook',
      },
    },
    {
      id: 'youtube',
      start: '1910',
      title: 'A film of the regatta',
      media: {
        src: 'https://www.youtube.com/watch?v=Aa0_Bb1-Cc2&t=1m5s',
        caption: 'Boats at the start line',
        credit: 'Harbour archive',
      },
    },
    {
      id: 'soundcloud',
      start: '1913',
      title: 'The harbour song',
      media: { src: 'https://soundcloud.com/harbour-choir/the-harbour-song' },
    },
    {
      id: 'wikipedia',
      start: '1915',
      title: 'The town on Wikipedia',
      media: {
        src: 'https://en.wikipedia.org/wiki/Harbour_(town)',
        caption: 'An article',
        credit: 'Wikipedia editors',
      },
    },
    {
      id: 'elsewhere',
      start: '1922',
      title: "The town's own page",
      media: { kind: 'link', src: 'https://harbour.example/history/1922' },
    },
    {
      id: 'unknown-video',
      start: '1923',
      title: 'A video on a site we do not know',
      media: { kind: 'video', src: 'https://videos.example/watch/42' },
    },
  ],
};

/** The media slot of the open detail card, once there is one. */
const cardMedia = (el: DiplomacyTimeline) => {
  const card = findPart(el, 'detail');
  return card && findPart(card, 'detail-media');
};

// What each test checks is the markup of the media slot itself (a quote, a player, a link),
// so it reads the slot's elements; the slot is found through the harness.
async function open(id: string, extra: { lang?: string; mode?: string } = {}) {
  const el = await mount({
    data: dataset,
    attributes: { lang: extra.lang ?? 'en', mode: extra.mode ?? 'embed', selected: id },
    size: [1000, 600],
  });
  const media = await until(() => cardMedia(el));
  return { el, media };
}

const outside = (start = false) =>
  executeServerCommand<string[], { start: boolean }>('outside-requests', { start });

describe('media in the detail card', () => {
  it('shows a quote as a quotation, its markup sanitised, with its credit and caption', async () => {
    const { media } = await open('quote');
    const quote = media.querySelector('blockquote')!;
    expect(quote.textContent!.trim()).to.equal('The light has never gone out.');
    expect(quote.querySelector('em')!.textContent).to.equal('never');
    expect(media.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'From the logbook — The keeper',
    );
  });

  it('shows a video as a play button naming its provider, and loads nothing before a click', async () => {
    await outside(true);
    const { media } = await open('youtube');
    const play = media.querySelector<HTMLButtonElement>('button')!;
    expect(accessibleName(play)).to.equal(
      'Play the video from YouTube YouTube is contacted only when you press play.',
    );
    expect(media.querySelector('iframe, img')).to.equal(null);
    expect(await outside()).to.deep.equal([]);

    play.click();
    const frame = await until(() => media.querySelector('iframe'));
    expect(frame.getAttribute('src')).to.equal(
      'https://www.youtube-nocookie.com/embed/Aa0_Bb1-Cc2?autoplay=1&start=65',
    );
    expect(frame.getAttribute('sandbox')).to.equal(
      'allow-scripts allow-same-origin allow-presentation allow-popups',
    );
    expect(frame.title).to.equal('YouTube player');
    // Only now, and only the player's own host.
    let asked = await outside();
    while (!asked.length) {
      await new Promise(requestAnimationFrame);
      asked = await outside();
    }
    expect(asked.map((url) => new URL(url).host)).to.deep.equal(['www.youtube-nocookie.com']);
  });

  it('keeps the caption, the credit and a link to the provider beside the player', async () => {
    const { media } = await open('youtube');
    expect(media.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Boats at the start line Harbour archive',
    );
    const link = media.querySelector<HTMLAnchorElement>('.media-open a')!;
    expect(link.textContent).to.equal('Open on YouTube');
    expect(link.href).to.equal('https://www.youtube.com/watch?v=Aa0_Bb1-Cc2&t=1m5s');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('shows audio the same way, as a button for the audio', async () => {
    const { media } = await open('soundcloud');
    expect(media.querySelector('button')!.textContent).to.contain('Play the audio from SoundCloud');
  });

  it('shows other pages as a link card naming the provider and the page', async () => {
    const { media } = await open('wikipedia');
    const link = media.querySelector<HTMLAnchorElement>('a')!;
    expect(link.href).to.equal('https://en.wikipedia.org/wiki/Harbour_(town)');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Open on Wikipedia Harbour (town)',
    );
    expect(media.querySelector('figcaption')!.textContent).to.contain('Wikipedia editors');
  });

  it('names an unknown site by its host, and shows a video it cannot play as a link', async () => {
    const page = await open('elsewhere');
    expect(page.media.querySelector('a')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Open on harbour.example harbour.example/history/1922',
    );
    const video = await open('unknown-video');
    expect(video.media.querySelector('button, iframe')).to.equal(null);
    expect(video.media.querySelector('a')!.href).to.equal('https://videos.example/watch/42');
  });

  it('speaks the reader’s language', async () => {
    const { media } = await open('youtube', { lang: 'id' });
    expect(media.querySelector('button')!.textContent).to.contain('Putar video dari YouTube');
    const quote = await open('quote', { lang: 'id' });
    expect(quote.media.querySelector('blockquote')!.textContent!.trim()).to.equal(
      'Lampu tidak pernah padam.',
    );
  });

  it('on a kiosk, shows a video as a QR code of its address instead of a player', async () => {
    await outside(true);
    const { media } = await open('youtube', { mode: 'kiosk' });
    expect(media.querySelector('button, iframe')).to.equal(null);
    const code = await until(() =>
      media.querySelector<SVGSVGElement>('svg[role="img"]:not([aria-busy])'),
    );
    expect(code.getAttribute('aria-label')).to.equal('QR code: Scan to watch on YouTube');
    expect(await readQr(code)).to.equal('https://www.youtube.com/watch?v=Aa0_Bb1-Cc2&t=1m5s');
    expect(await outside()).to.deep.equal([]);
  });
});

type PolicedWindow = Window &
  typeof globalThis & { cspViolations?: { directive: string; blocked: string }[] };

describe('media under a policy that forbids frames', () => {
  it('shows a refused player as a link, says why, and every later player as a link', async () => {
    const frame = await openPage(
      '/test/fixtures/csp-page.html?src=/test/fixtures/timelinejs/media-kinds.json&csp',
      { size: [1000, 700] },
    );
    const win = frame.contentWindow as PolicedWindow;
    const el = await drawnIn(frame);
    const media = () => cardMedia(el);
    el.select('event-4');
    (await until(() => media()?.querySelector<HTMLButtonElement>('button'))).click();
    const note = await until(() => media()?.querySelector('.media-note'));
    expect(note.textContent).to.equal(
      'This page does not allow embedded players, so this is a link to YouTube.',
    );
    expect(media()!.querySelector('iframe')).to.equal(null);
    expect(media()!.querySelector('a')!.href).to.equal(
      'https://www.youtube.com/watch?v=Aa0_Bb1-Cc2&t=1m5s',
    );
    expect(win.cspViolations!.map((v) => v.directive)).to.deep.equal(['frame-src']);

    // Vimeo's player would be refused too: it is a link from the start.
    el.select('event-5');
    await until(() => media()?.textContent?.includes('link to Vimeo'));
    expect(media()!.querySelector('button, iframe')).to.equal(null);
  });
});
