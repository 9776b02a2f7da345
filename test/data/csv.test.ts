import { expect } from '@open-wc/testing';
import { csvToDataset } from '../../src/data/csv.js';
import { normaliseDataset } from '../../src/data/normalise.js';
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
      categories: [{ id: 'institution', label: 'institution' }],
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
      { code: 'notDate', path: 'events[1].start', value: '2017-13-01' },
    ]);
  });

  it('reports a row without a title as a missing title', () => {
    const csv = ['id;start;title_id;title_en', 'a;2002;A;A', 'b;2003;;'].join('\n');
    expect(problemsOf(csvToDataset(csv))).to.deep.equal([
      { code: 'missing', path: 'events[1].title' },
    ]);
  });

  it('reports an end before its start in a row by its event path', () => {
    const csv = [HEADER, 'a,2002,,A,A,,,,,', 'b,2011,1998,B,B,,,,,'].join('\n');
    expect(problemsOf(csvToDataset(csv))).to.deep.equal([
      { code: 'endBeforeStart', path: 'events[1].end', start: '2011', end: '1998' },
    ]);
  });
});
