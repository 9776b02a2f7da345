import { expect } from '@open-wc/testing';
import * as csv from '../../src/data/csv.js';
import { datasetToCsv } from '../../src/data/csv-write.js';
import { normaliseDataset } from '../../src/data/normalise.js';
import { csvDataset } from '../../src/data/read.js';
import type { DatasetInput } from '../../src/data/schema.js';
import { en } from '../../src/i18n/en.js';
import { describeNotice } from '../../src/i18n/notice.js';

describe('the CSV columns beyond the basic ones', () => {
  it('reads circa, more sources, an image and category labels and colours', () => {
    const text = [
      'id,start,circa,title_en,category,category_label_id,category_label_en,category_color,source_label,source_url,source_label_2,source_url_2,media_src,media_alt_id,media_alt_en,media_credit',
      'a,200X,ya,A,policy,Kebijakan,Policy,#3d6cc4,One,https://one.example,Two,,https://img.example/a.jpg,Gambar,Picture,Kemlu',
    ].join('\n');
    const dataset = csvDataset(csv, text, normaliseDataset);
    const [e] = dataset.events;
    expect(e!.circa).to.equal(true);
    expect(e!.sources).to.deep.equal([
      { label: { '*': 'One' }, url: 'https://one.example' },
      { label: { '*': 'Two' } },
    ]);
    expect(e!.media).to.deep.equal({
      kind: 'image',
      src: 'https://img.example/a.jpg',
      alt: { id: 'Gambar', en: 'Picture' },
      credit: { '*': 'Kemlu' },
    });
    expect(dataset.categories).to.deep.equal([
      { id: 'policy', label: { id: 'Kebijakan', en: 'Policy' }, color: '#3d6cc4' },
    ]);
  });

  it('reads title and description columns without a language as text for every language', () => {
    const dataset = csvDataset(
      csv,
      'id,start,title,description\na,2002,Kemlu,Satu\n',
      normaliseDataset,
    );
    expect([dataset.events[0]!.title, dataset.events[0]!.description]).to.deep.equal([
      { '*': 'Kemlu' },
      { '*': 'Satu' },
    ]);
  });

  it('writes a dataset as CSV that reads back the same', () => {
    const input = {
      categories: [{ id: 'c', label: { id: 'Ka', en: 'Ca' }, color: '#123456' }],
      events: [
        {
          id: 'a',
          start: '2002',
          circa: true,
          title: { id: 'Judul', en: 'Title' },
          description: { id: 'Satu\n\nDua, "tiga"', en: 'One\n\n**Two**' },
          category: 'c',
          sources: [{ label: 'S1', url: 'https://s.example' }, { label: 'S2' }],
          media: { src: 'pic.png', alt: { en: 'A picture' }, credit: 'Me' },
        },
        { id: 'b', start: '2003', end: '2004', title: { id: 'B', en: 'B' } },
      ],
    };
    const { csv: text } = datasetToCsv(input);
    const back = csvDataset(csv, text, normaliseDataset);
    const original = normaliseDataset(input);
    expect(back.events).to.deep.equal(original.events);
    expect(back.categories).to.deep.equal(original.categories);
  });
});

describe('CSV media of every kind', () => {
  const text = [
    'id,start,title,media_kind,media_src,media_quote_en,media_quote_id,media_caption,media_credit',
    'film,1910,Film,,https://youtu.be/Aa0_Bb1-Cc2,,,Boats,Archive',
    'said,1914,Said,quote,,The light *never* went out.,Lampu tidak pernah padam.,,Keeper',
    'page,1922,Page,link,https://harbour.example/,,,Its page,',
    'odd,1930,Odd,film,https://harbour.example/film,,,,',
  ].join('\n');

  it('reads the kind (or the address), the quote and the caption, and skips an unknown kind', () => {
    const dataset = csvDataset(csv, text, normaliseDataset);
    expect(dataset.events.map((e) => e.media)).to.deep.equal([
      {
        kind: 'video',
        src: 'https://youtu.be/Aa0_Bb1-Cc2',
        alt: {},
        caption: { '*': 'Boats' },
        credit: { '*': 'Archive' },
      },
      {
        kind: 'quote',
        quote: { en: 'The light *never* went out.', id: 'Lampu tidak pernah padam.' },
        credit: { '*': 'Keeper' },
      },
      { kind: 'link', src: 'https://harbour.example/', alt: {}, caption: { '*': 'Its page' } },
    ]);
    expect(dataset.notices.map((n) => describeNotice(en, n))).to.deep.equal([
      'Row 5, column 4 (media_kind): should be one of image, video, audio, quote or link.',
    ]);
  });

  it('writes them back as they were read', () => {
    const read = csv.readCsv(text).raw;
    const input = { ...read, events: read.events.slice(0, 3) } as DatasetInput;
    const back = csvDataset(csv, datasetToCsv(input).csv, normaliseDataset);
    // Text given once for every language comes back in each language's column: media alike.
    const media = (events: readonly { media?: unknown }[]) => events.map((e) => e.media);
    expect(media(back.events)).to.deep.equal(media(csvDataset(csv, text, normaliseDataset).events));
  });
});

describe('data/indonesia-digital-diplomacy.csv', () => {
  it('holds the same events and categories as the JSON', async () => {
    const [jsonText, csvText] = await Promise.all(
      ['json', 'csv'].map(async (ext) =>
        (await fetch(`/data/indonesia-digital-diplomacy.${ext}`)).text(),
      ),
    );
    const fromJson = normaliseDataset(JSON.parse(jsonText!));
    const fromCsv = csvDataset(csv, csvText!, normaliseDataset);
    expect(fromCsv.notices).to.deep.equal([]);
    expect(fromCsv.events).to.deep.equal(fromJson.events);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...fromCsv.categories].sort(byId)).to.deep.equal([...fromJson.categories].sort(byId));
  });
});

describe('csvColumnOf', () => {
  const header = [
    'id',
    'start',
    'title_id',
    'title_en',
    'source_label',
    'source_url_2',
    'media_src',
    'media_credit',
    'media_alt_id',
  ];
  it('names the column a dataset path points into', () => {
    expect(
      [
        ['events', 3, 'start'],
        ['events', 3, 'title'],
        ['events', 3, 'title', 'en'],
        ['events', 3, 'sources', 0, 'label'],
        ['events', 3, 'sources', 1, 'url'],
        ['events', 3, 'sources', 1, 'label', 'id'],
        ['events', 3, 'media', 'src'],
        ['events', 3, 'media', 'credit'],
        ['events', 3, 'media', 'alt'],
      ].map((path) => csv.csvColumnOf(path, header)),
    ).to.deep.equal([
      'start',
      'title_id',
      'title_en',
      'source_label',
      'source_url_2',
      'source_label_2_id',
      'media_src',
      'media_credit',
      'media_alt_id',
    ]);
  });
});
