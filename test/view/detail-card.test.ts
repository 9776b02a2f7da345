import { expect, html } from '@open-wc/testing';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { findPart, part } from '../harness.js';
import { mountLoaded, until } from '../helpers.js';

const dataset = {
  events: [
    {
      id: 'dcc',
      start: '2017',
      title: { en: 'Digital Command Center', id: 'Digital Command Center' },
      description: {
        en: 'Set up by the **ministry**, for *crisis* work.\n\nSee [Kemlu](https://kemlu.go.id) or [this](javascript:alert(1)).',
        id: 'Dibentuk oleh **kementerian**.',
      },
      media: {
        src: '/test/fixtures/picture.svg',
        alt: { en: 'A green square', id: 'Persegi hijau' },
        credit: 'Kemlu',
      },
    },
    {
      id: 'broken',
      start: '2018',
      title: 'Broken image',
      description:
        'Plain text <img src=x onerror="window.hacked = true"> and <script>window.hacked = true</script>',
      media: { src: '/test/fixtures/no-such-picture.png', alt: 'Missing' },
    },
    {
      id: 'unsafe',
      start: '2019',
      title: 'Unsafe image address',
      media: { src: 'javascript:alert(1)', alt: 'x' },
    },
  ],
};

async function open(id: string, lang = 'en'): Promise<DiplomacyTimeline> {
  const el = await mountLoaded(
    html`<diplomacy-timeline
      .data=${dataset}
      lang=${lang}
      selected=${id}
      style="width: 1000px; height: 480px"
    ></diplomacy-timeline>`,
  );
  await until(() => findPart(el, 'detail'));
  return el;
}

const card = (el: DiplomacyTimeline) => part(el, 'detail');

describe('the detail card', () => {
  it('shows the image, lazily loaded, with its alt text and credit', async () => {
    const el = await open('dcc');
    const img = card(el).querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('/test/fixtures/picture.svg');
    expect(img.alt).to.equal('A green square');
    expect(img.loading).to.equal('lazy');
    expect(card(el).querySelector('figcaption')!.textContent).to.equal('Image: Kemlu');
    await until(() => img.complete && img.naturalWidth > 0);
    expect(img.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('words the alt text and credit in the reader’s language', async () => {
    const el = await open('dcc', 'id');
    expect(card(el).querySelector('img')!.alt).to.equal('Persegi hijau');
    expect(card(el).querySelector('figcaption')!.textContent).to.equal('Gambar: Kemlu');
  });

  it('hides a broken image and keeps the text', async () => {
    const el = await open('broken');
    const figure = card(el).querySelector('figure')!;
    await until(() => figure.hidden);
    expect(card(el).querySelector('h2')!.textContent).to.equal('Broken image');
    // The next event's image is not hidden because this one failed.
    el.select('dcc');
    await el.updateComplete;
    expect(card(el).querySelector('figure')!.hidden).to.equal(false);
  });

  it('shows no image whose address is not http, https or relative', async () => {
    const el = await open('unsafe');
    expect(card(el).querySelector('img')).to.equal(null);
  });

  it('renders bold, italic and safe links of a rich description; a javascript: link stays text', async () => {
    const el = await open('dcc');
    const description = card(el).querySelector('.detail-description')!;
    await until(() => description.querySelector('strong'));
    expect(description.querySelector('strong')!.textContent).to.equal('ministry');
    expect(description.querySelector('em')!.textContent).to.equal('crisis');
    expect(description.querySelectorAll('p')).to.have.length(2);
    const links = [...description.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.href, a.rel, a.target])).to.deep.equal([
      ['Kemlu', 'https://kemlu.go.id/', 'noopener noreferrer', '_blank'],
    ]);
    expect(description.textContent).to.contain('or this.');
  });

  it('never lets HTML in a description reach the page as elements', async () => {
    const el = await open('broken');
    const description = card(el).querySelector('.detail-description')!;
    expect(description.querySelector('img, script')).to.equal(null);
    expect(description.textContent).to.contain('<img src=x onerror="window.hacked = true">');
    expect(description.textContent).to.contain('<script>');
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
  });
});
