import { expect } from '@open-wc/testing';
import * as csv from '../../src/data/csv.js';
import { csvToDataset } from '../../src/data/csv.js';
import { csvDataset } from '../../src/data/read.js';
import { en } from '../../src/i18n/en.js';
import { describeNotice } from '../../src/i18n/notice.js';
import { id } from '../../src/i18n/id.js';
import { normaliseDataset } from '../../src/data/normalise.js';
import { problemsOf } from './problems-of.js';

const HEADER =
  'id,start,end,title_id,title_en,description_id,description_en,category,source_label,source_url';

/** The normalised dataset of a file whose lines are `rows`. */
const readRows = (...rows: string[]) => normaliseDataset(csvToDataset(rows.join('\n')));

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
    const dataset = readRows(
      'id,start,title_en,description_en',
      'a,2002,"Jakarta, Indonesia","First line; still first\nsecond line, with ""quotes"""',
    );
    expect(dataset.events[0]!.title).to.deep.equal({ en: 'Jakarta, Indonesia' });
    expect(dataset.events[0]!.description).to.deep.equal({
      en: 'First line; still first\nsecond line, with "quotes"',
    });
  });

  it('reads only the language columns that are filled', () => {
    const dataset = readRows(
      'id,start,title_id,title_en,description_id,description_en',
      'a,2002,Hanya Indonesia,,,Only English',
      'b,2003,, English ,,',
    );
    expect(dataset.events.map((e) => [e.title, e.description])).to.deep.equal([
      [{ id: 'Hanya Indonesia' }, { en: 'Only English' }],
      [{ en: 'English' }, undefined],
    ]);
  });

  it('trims cells and turns an empty end into no end', () => {
    const dataset = readRows('id,start,end,title_en', ' a , 2002 ,  ,A');
    expect(dataset.events[0]!.id).to.equal('a');
    expect(dataset.events[0]!.start).to.equal(new Date(2002, 0, 1).getTime());
    expect(dataset.events[0]!.end).to.equal(undefined);
  });

  it('uses a source URL as its label when the label is empty, and drops unsafe links', () => {
    const dataset = readRows(
      'id,start,title_en,source_label,source_url',
      'a,2002,A,,https://example.org',
      'b,2003,B,Evil,javascript:alert(1)',
    );
    expect(dataset.events.map((e) => e.sources)).to.deep.equal([
      [{ label: { '*': 'https://example.org' }, url: 'https://example.org' }],
      [{ label: { '*': 'Evil' } }],
    ]);
  });

  it('defines each category a row names, once', () => {
    const dataset = readRows(
      'id,start,title_en,category',
      'a,2002,A,policy',
      'b,2003,B,institution',
      'c,2004,C,policy',
      'd,2005,D,',
    );
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
