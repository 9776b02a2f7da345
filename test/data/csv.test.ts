import { expect } from '@open-wc/testing';
import * as csv from '../../src/data/csv.js';
import { csvToDataset } from '../../src/data/csv.js';
import { datasetToCsv } from '../../src/data/csv-write.js';
import { csvDataset } from '../../src/data/read.js';
import { en } from '../../src/i18n/en.js';
import { describeNotice } from '../../src/i18n/notice.js';
import { id } from '../../src/i18n/id.js';
import { normaliseDataset } from '../../src/data/normalise.js';
import type { DatasetInput } from '../../src/data/schema.js';
import { problemsOf } from './problems-of.js';

const HEADER =
  'id,start,end,title_id,title_en,description_id,description_en,category,source_label,source_url';

describe('csvToDataset', () => {
  it('reads a comma-separated file into the JSON form, one event a row', () => {
    const csv = [
      HEADER,
      'dg-ipd,2002,,Ditjen IDP,DG Information and Public Diplomacy,Dibentuk,Established,institution,Kemlu,https://kemlu.go.id',
      'era,1998,2011,Reformasi,Reformation,,,,,',
    ].join('\n');
    expect(csvToDataset(csv)).to.deep.equal({
      // A category named without a colour gets the next one of the palette.
      categories: [{ id: 'institution', label: 'institution', color: '#0f7a58' }],
      events: [
        {
          id: 'dg-ipd',
          start: '2002',
          title: { id: 'Ditjen IDP', en: 'DG Information and Public Diplomacy' },
          description: { id: 'Dibentuk', en: 'Established' },
          category: 'institution',
          sources: [{ label: 'Kemlu', url: 'https://kemlu.go.id' }],
        },
        { id: 'era', start: '1998', end: '2011', title: { id: 'Reformasi', en: 'Reformation' } },
      ],
    });
  });

  it('reads a semicolon-separated file as Indonesian spreadsheets export it', () => {
    const csv = [
      HEADER.replaceAll(',', ';'),
      'dcc;2017-01-10;;Pusat Komando Digital, Kemlu;Digital Command Center, MFA;;;;;',
    ].join('\r\n');
    const dataset = normaliseDataset(csvToDataset(csv));
    expect(dataset.events).to.have.length(1);
    expect(dataset.events[0]!.id).to.equal('dcc');
    expect(dataset.events[0]!.startPrecision).to.equal('day');
    expect(dataset.events[0]!.title).to.deep.equal({
      id: 'Pusat Komando Digital, Kemlu',
      en: 'Digital Command Center, MFA',
    });
  });

  it('ignores a byte order mark before the header', () => {
    const csv = '\uFEFF' + 'id;start;title_en\r\na;2002;First\r\n';
    const dataset = normaliseDataset(csvToDataset(csv));
    expect(dataset.events.map((e) => [e.id, e.title])).to.deep.equal([['a', { en: 'First' }]]);
  });

  it('keeps commas, semicolons, quotes and line breaks inside quoted fields', () => {
    const csv = [
      'id,start,title_en,description_en',
      'a,2002,"Jakarta, Indonesia","First line; still first\nsecond line, with ""quotes"""',
    ].join('\n');
    const dataset = normaliseDataset(csvToDataset(csv));
    expect(dataset.events[0]!.title).to.deep.equal({ en: 'Jakarta, Indonesia' });
    expect(dataset.events[0]!.description).to.deep.equal({
      en: 'First line; still first\nsecond line, with "quotes"',
    });
  });

  it('reads only the language columns that are filled', () => {
    const csv = [
      'id,start,title_id,title_en,description_id,description_en',
      'a,2002,Hanya Indonesia,,,Only English',
      'b,2003,, English ,,',
    ].join('\n');
    const dataset = normaliseDataset(csvToDataset(csv));
    expect(dataset.events.map((e) => [e.title, e.description])).to.deep.equal([
      [{ id: 'Hanya Indonesia' }, { en: 'Only English' }],
      [{ en: 'English' }, undefined],
    ]);
  });

  it('trims cells and turns an empty end into no end', () => {
    const csv = ['id,start,end,title_en', ' a , 2002 ,  ,A'].join('\n');
    const dataset = normaliseDataset(csvToDataset(csv));
    expect(dataset.events[0]!.id).to.equal('a');
    expect(dataset.events[0]!.start).to.equal(new Date(2002, 0, 1).getTime());
    expect(dataset.events[0]!.end).to.equal(undefined);
  });

  it('uses a source URL as its label when the label is empty, and drops unsafe links', () => {
    const csv = [
      'id,start,title_en,source_label,source_url',
      'a,2002,A,,https://example.org',
      'b,2003,B,Evil,javascript:alert(1)',
    ].join('\n');
    const dataset = normaliseDataset(csvToDataset(csv));
    expect(dataset.events.map((e) => e.sources)).to.deep.equal([
      [{ label: { '*': 'https://example.org' }, url: 'https://example.org' }],
      [{ label: { '*': 'Evil' } }],
    ]);
  });

  it('defines each category a row names, once', () => {
    const csv = [
      'id,start,title_en,category',
      'a,2002,A,policy',
      'b,2003,B,institution',
      'c,2004,C,policy',
      'd,2005,D,',
    ].join('\n');
    const dataset = normaliseDataset(csvToDataset(csv));
    expect(dataset.categories.map((c) => c.id)).to.deep.equal(['policy', 'institution']);
    expect(dataset.events.map((e) => e.category?.id)).to.deep.equal([
      'policy',
      'institution',
      'policy',
      undefined,
    ]);
  });

  it('ignores a blank line at the end of the file', () => {
    const csv = 'id,start,title_en\na,2002,A\n\n';
    const dataset = normaliseDataset(csvToDataset(csv));
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['a']);
  });

  it('reports a row that fails validation by its event path', () => {
    const csv = [HEADER, 'a,2002,,A,A,,,,,', 'b,2017-13-01,,B,B,,,,,', 'c,2004,,C,C,,,,,'].join(
      '\n',
    );
    expect(problemsOf(csvToDataset(csv))).to.deep.equal([
      { code: 'notDate', path: ['events', 1, 'start'], value: '2017-13-01' },
    ]);
  });

  it('reports a row without a title as a missing title', () => {
    const csv = ['id;start;title_id;title_en', 'a;2002;A;A', 'b;2003;;'].join('\n');
    expect(problemsOf(csvToDataset(csv))).to.deep.equal([
      { code: 'missing', path: ['events', 1, 'title'] },
    ]);
  });

  it('reports an end before its start in a row by its event path', () => {
    const csv = [HEADER, 'a,2002,,A,A,,,,,', 'b,2011,1998,B,B,,,,,'].join('\n');
    expect(problemsOf(csvToDataset(csv))).to.deep.equal([
      { code: 'endBeforeStart', path: ['events', 1, 'end'], start: '2011', end: '1998' },
    ]);
  });
});

describe('a CSV dataset with bad rows', () => {
  const load = (text: string) => csvDataset(csv, text, normaliseDataset);

  it('skips a row with a bad date, a missing date or an unknown category, and loads the rest', () => {
    const text = [
      'id;start;title_en;category;category_label_en;category_color',
      'a;2002;A;policy;Policy;#3d6cc4',
      'b;2017-13-01;B;policy;;',
      'c;2003;"C,\nover two lines";polcy;;',
      'd;;D;;;',
      'e;2004;E;policy;;',
    ].join('\r\n');
    const dataset = load(text);
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['a', 'e']);
    expect(
      dataset.notices.map(
        (n) => n.kind === 'skippedRow' && [n.row, n.column, n.field, n.problem.code],
      ),
    ).to.deep.equal([
      [3, 2, 'start', 'notDate'],
      [4, 4, 'category', 'unknownCategory'],
      [5, 2, 'start', 'missing'],
    ]);
  });

  it('words each skipped row with its row and column, in Indonesian and English', () => {
    const dataset = load(['id,start,title_en', 'a,2002,A', 'b,2017-13-01,B'].join('\n'));
    const [notice] = dataset.notices;
    expect(describeNotice(en, notice!)).to.equal(
      'Row 3, column 2 (start): "2017-13-01" is not a date (write 2017, 2017-01 or 2017-01-10).',
    );
    expect(describeNotice(id, notice!)).to.equal(
      'Baris 3, kolom 2 (start): "2017-13-01" bukan tanggal yang sah (tulis 2017, 2017-01, atau 2017-01-10).',
    );
  });

  it('names the first row of a duplicated id', () => {
    const dataset = load(['id,start,title_en', 'a,2002,A', 'a,2003,Again'].join('\n'));
    expect(dataset.events.map((e) => e.title)).to.deep.equal([{ en: 'A' }]);
    expect(describeNotice(en, dataset.notices[0]!)).to.equal(
      'Row 3, column 1 (id): the id "a" is already used by row 2.',
    );
  });

  it('has no notices for a clean file', () => {
    expect(load(['id,start,title_en', 'a,2002,A'].join('\n')).notices).to.deep.equal([]);
  });

  it('accepts every category when the file only names them', () => {
    const dataset = load(
      ['id,start,title_en,category', 'a,2002,A,policy', 'b,2003,B,polcy'].join('\n'),
    );
    expect(dataset.events.map((e) => e.category?.id)).to.deep.equal(['policy', 'polcy']);
  });
});

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
