import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { problemsOf } from './problems-of.js';

describe('an event’s media of other kinds', () => {
  const base = { id: 'a', start: '2017', title: 'A' };
  const mediaOf = (...media: unknown[]) =>
    normaliseDataset({
      events: media.map((m, i) => ({ ...base, id: `e${i}`, start: `${2000 + i}`, media: m })),
    }).events.map((e) => e.media);

  it('reads the kind from a known provider’s address when the dataset does not say', () => {
    expect(
      mediaOf(
        { src: 'https://www.youtube.com/watch?v=Aa0_Bb1-Cc2' },
        { src: 'https://soundcloud.com/choir/song' },
        { src: 'https://id.wikipedia.org/wiki/Jakarta' },
        { src: 'https://x.com/kemlu_ri/status/1' },
        { src: 'https://www.google.com/maps/place/Jakarta' },
        { src: 'https://example.org/photo' },
        { src: 'https://example.org/page', kind: 'link' },
      ).map((m) => m?.kind),
    ).to.deep.equal(['video', 'audio', 'link', 'link', 'link', 'image', 'link']);
  });

  it('keeps a quote with its credit and caption, and a caption of any medium', () => {
    expect(
      mediaOf(
        { kind: 'quote', quote: { en: 'Never *out*.' }, credit: 'Keeper', caption: 'Log' },
        { src: 'https://vimeo.com/123456', caption: { id: 'Dermaga', en: 'Pier' } },
      ),
    ).to.deep.equal([
      {
        kind: 'quote',
        quote: { en: 'Never *out*.' },
        credit: { '*': 'Keeper' },
        caption: { '*': 'Log' },
      },
      {
        kind: 'video',
        src: 'https://vimeo.com/123456',
        alt: {},
        caption: { id: 'Dermaga', en: 'Pier' },
      },
    ]);
  });

  it('words a missing quote, a missing address and an unknown kind', () => {
    expect(
      problemsOf({
        events: [
          { ...base, media: { kind: 'quote', credit: 'Me' } },
          { ...base, id: 'b', media: { kind: 'video' } },
          { ...base, id: 'c', media: { kind: 'film', src: 'a.mp4' } },
        ],
      }),
    ).to.deep.equal([
      { code: 'missing', path: ['events', 0, 'media', 'quote'] },
      { code: 'missing', path: ['events', 1, 'media', 'src'] },
      { code: 'type', path: ['events', 2, 'media', 'kind'], expected: 'mediaKind' },
    ]);
  });
});

describe('an event’s image', () => {
  const base = { id: 'a', start: '2017', title: 'A' };

  it('keeps an http(s) or relative address, with alt text and credit', () => {
    const dataset = normaliseDataset({
      events: [
        { ...base, media: { src: 'https://img.example/a.jpg', alt: { en: 'A' }, credit: 'Me' } },
        { ...base, id: 'b', media: { src: 'pictures/b.png' } },
      ],
    });
    expect(dataset.events.map((e) => e.media)).to.deep.equal([
      { kind: 'image', src: 'https://img.example/a.jpg', alt: { en: 'A' }, credit: { '*': 'Me' } },
      { kind: 'image', src: 'pictures/b.png', alt: {} },
    ]);
  });

  it('drops an address with another scheme, and the event still loads', () => {
    for (const src of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>']) {
      const dataset = normaliseDataset({ events: [{ ...base, media: { src } }] });
      expect(dataset.events[0]!.media, src).to.equal(undefined);
    }
  });

  it('rejects an image that is not an object with a src, naming its path', () => {
    expect(problemsOf({ events: [{ ...base, media: 'a.jpg' }] })).to.deep.equal([
      { code: 'type', path: ['events', 0, 'media'], expected: 'object' },
    ]);
    expect(problemsOf({ events: [{ ...base, media: { alt: 'x' } }] })).to.deep.equal([
      { code: 'missing', path: ['events', 0, 'media', 'src'] },
    ]);
  });
});
