import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import type { DatasetInput, EventInput } from '../../src/data/schema.js';

const raw = (await (await fetch('/data/indonesia-digital-diplomacy.json')).json()) as DatasetInput;

function both(text: EventInput['title'] | undefined): boolean {
  return typeof text === 'object' && !!text.id?.trim() && !!text.en?.trim();
}

describe('the default dataset, Indonesia’s digital diplomacy', () => {
  it('loads without a single problem', () => {
    expect(normaliseDataset(raw).events.length).to.equal(raw.events.length);
  });

  it('tells every event in Indonesian and English, with its sources', () => {
    for (const event of raw.events) {
      expect(both(event.title), `${event.id} title`).to.equal(true);
      expect(both(event.description), `${event.id} description`).to.equal(true);
      expect(event.sources?.length ?? 0, `${event.id} sources`).to.be.greaterThan(0);
    }
  });

  it('dates each event as precisely as its sources do, and no more', () => {
    const starts = Object.fromEntries(
      raw.events.map((e) => [e.id, `${e.start}${e.end ? `/${e.end}` : ''}${e.circa ? '~' : ''}`]),
    );
    // The early 2000s are all the article gives; the website is "by 2002".
    expect(starts['ict-relevance-recognised']).to.equal('200X~');
    expect(starts['first-ministry-website']).to.equal('2002~');
    expect(starts['dg-information-public-diplomacy']).to.equal('2002');
    // One study dates the Digital Command Center, and only to the year.
    expect(starts['digital-command-center']).to.equal('2017~');
    expect(starts['annual-press-statement-2017']).to.equal('2017-01-10');
    expect(starts['bssn-established']).to.equal('2017-05-19');
    expect(starts['new-media-training']).to.equal('2017-07-25/2017-07-28');
    expect(starts['personal-data-protection-law']).to.equal('2022-10-17');
    expect(starts['national-data-centre-ransomware']).to.equal('2024-06-20');
    // Her successor's swearing-in is known; the day her own term ended is not.
    expect(starts['retno-marsudi-foreign-minister']).to.equal('2014-10-27/2024-10');
  });

  it('names the ministry and the data centre as they were', () => {
    const text = (id: string, field: 'title' | 'description', lang: 'id' | 'en') =>
      (raw.events.find((e) => e.id === id)![field] as Record<string, string>)[lang]!;
    // In 2002 it was a Departemen (Deplu); it became Kemlu in 2008.
    for (const lang of ['id', 'en'] as const) {
      expect(text('dg-information-public-diplomacy', 'description', lang)).to.match(
        /Departemen Luar Negeri \(Deplu|Departemen Luar Negeri, Deplu/,
      );
      // The temporary centre PDNS 2 was hit, not "the" national data centre.
      expect(text('national-data-centre-ransomware', 'title', lang)).to.include('PDNS 2');
    }
  });

  it('gives every category a colour that stands out on light and dark backgrounds', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    for (const category of raw.categories ?? []) {
      const l = luminance(category.color!);
      expect(contrast(l, luminance('#ffffff')), `${category.id} on light`).to.be.at.least(3);
      expect(contrast(l, luminance('#14181d')), `${category.id} on dark`).to.be.at.least(3);
    }
  });
});
