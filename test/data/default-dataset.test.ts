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

  it('holds the seed article’s events at the precision it gives', () => {
    const starts = raw.events.map((e) => `${e.start}${e.circa ? '~' : ''}`);
    expect(
      starts.filter((s) => s === '200X~'),
      'two early-2000s events, approximate',
    ).to.have.length(2);
    expect(starts).to.include('2002');
    expect(starts.filter((s) => s === '2016').length).to.be.at.least(2);
    // Press statement, Digital Command Center, BSSN, public awareness.
    expect(starts.filter((s) => s === '2017').length).to.be.at.least(4);
    expect(starts).to.include('2021');
  });

  it('holds the context events and eras from the facts sheet', () => {
    const ranges = raw.events.filter((e) => e.end);
    expect(ranges.map((e) => `${e.start}/${e.end}`).sort()).to.deep.equal([
      '2014-10-20/2024-10-20',
      '2014-10-27/2024-10-20',
    ]);
    const starts = raw.events.map((e) => e.start);
    expect(starts).to.include('2022');
    expect(starts).to.include('2024-06');
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
