import { expect } from '@open-wc/testing';
import { loadDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/model.js';
import { DatasetError } from '../../src/data/problems.js';
import { datasetFromJson } from '../../src/data/read.js';
import { csvToDataset } from '../../src/data/csv.js';
import { CATEGORY_PALETTE } from '../../src/data/palette.js';
import { fromTimelineJs, htmlToRichText } from '../../src/data/timelinejs.js';
import { isTimelineJs } from '../../src/data/timelinejs-detect.js';
import { en } from '../../src/i18n/en.js';
import { id } from '../../src/i18n/id.js';
import { describeProblem } from '../../src/i18n/format.js';
import { describeNotice } from '../../src/i18n/notice.js';

const fixture = async (name: string): Promise<unknown> =>
  (await fetch(`/test/fixtures/timelinejs/${name}`)).json();

async function rejection(read: () => unknown): Promise<DatasetError> {
  try {
    await read();
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return error as DatasetError;
  }
  expect.fail('the dataset was accepted');
}

describe('TimelineJS files', () => {
  let dataset: Dataset;
  before(async () => {
    dataset = await datasetFromJson(await fixture('museum.json'));
  });

  it('are told apart from our own datasets', async () => {
    expect(isTimelineJs(await fixture('museum.json'))).to.equal(true);
    const ours = await (await fetch('/data/indonesia-digital-diplomacy.json')).json();
    expect(isTimelineJs(ours)).to.equal(false);
  });

  it('load their events and eras in time order, at the precision given', () => {
    expect(
      dataset.events.map((e) => [e.id, e.startPrecision, e.end !== undefined, e.title['*']]),
    ).to.deep.equal([
      ['event-2', 'day', false, 'DG Information and Public Diplomacy'],
      ['era-1', 'day', true, "Joko Widodo's presidency"],
      ['event-3', 'year', true, 'Emphasis on digital diplomacy'],
      ['dcc', 'year', false, 'Digital Command Center'],
    ]);
    expect(dataset.title).to.deep.equal({ '*': 'Diplomasi digital' });
  });

  it('turn groups into categories', () => {
    expect(dataset.categories.map((c) => c.id)).to.deep.equal(['Institution', 'Policy']);
    expect(dataset.events.find((e) => e.id === 'dcc')!.category?.id).to.equal('Institution');
  });

  it('keep paragraphs, bold, italic and links of the HTML text, and drop other tags', () => {
    expect(dataset.events.find((e) => e.id === 'dcc')!.description).to.deep.equal({
      '*': 'Set up by the **ministry**.\n\nSee [Kemlu](https://kemlu.go.id) & *others*.',
    });
    expect(htmlToRichText('Plain <script>alert(1)</script> text')).to.equal('Plain alert(1) text');
  });

  it('keep an image with its caption as alt text and its credit', () => {
    expect(dataset.events.find((e) => e.id === 'dcc')!.media).to.deep.equal({
      kind: 'image',
      src: 'https://example.org/dcc.jpg',
      alt: { '*': 'The centre' },
      credit: { '*': 'Kemlu' },
    });
  });

  it('say plainly what they hold that is not shown', () => {
    expect(dataset.notices.map((n) => describeNotice(en, n))).to.deep.equal([
      'events[1]: the display date "Early 2002" is not shown; the date is written from start_date.',
    ]);
    expect(dataset.events.find((e) => e.id === 'event-2')!.media).to.deep.include({
      kind: 'video',
      src: 'https://www.youtube.com/watch?v=abc',
    });
  });

  it('are rejected when an event has only a display date', async () => {
    const error = await rejection(async () => datasetFromJson(await fixture('display-only.json')));
    expect(describeProblem(en, error.problem)).to.equal(
      'events[1] has only a display date ("Spring 1998"): give it a start_date with at least a year.',
    );
  });

  it('are rejected, like any JSON dataset, for a date that does not exist', async () => {
    const error = await rejection(async () => datasetFromJson(await fixture('bad-date.json')));
    expect(error.problem).to.deep.equal({
      code: 'notDate',
      path: ['events', 1, 'start'],
      value: '2017-13',
    });
  });

  it('load from a URL by changing only the src', async () => {
    const loaded = await loadDataset(
      '/test/fixtures/timelinejs/museum.json',
      new AbortController().signal,
    );
    expect(loaded.events).to.have.length(4);
  });

  it('from a Google Sheets address are refused with a way out', async () => {
    const url = 'https://docs.google.com/spreadsheets/d/1xyz/edit#gid=0';
    const error = await rejection(() => loadDataset(url, new AbortController().signal));
    expect(describeProblem(en, error.problem)).to.contain('Download → Comma-separated values');
  });
});

describe('Colours of categories a file does not colour', () => {
  const names = ['a', 'b', 'c', 'd', 'e', 'f'];
  /** The palette in turn, starting again after its last colour. */
  const inTurn = names.map((_, i) => CATEGORY_PALETTE[i % CATEGORY_PALETTE.length]);
  type Coloured = { categories: { color?: string }[] };

  it('come from the one palette, in turn, for TimelineJS groups', () => {
    const slides = names.map((g, i) => ({
      start_date: { year: 2000 + i },
      text: { headline: g },
      group: g,
    }));
    const { dataset } = fromTimelineJs({ events: slides });
    expect((dataset as Coloured).categories.map((c) => c.color)).to.deep.equal(inTurn);
  });

  it('and the same for CSV categories, so converting a file keeps its colours', () => {
    const rows = names.map((g, i) => `${g},${2000 + i},${g},${g}`);
    const raw = csvToDataset(['id,start,title,category', ...rows].join('\n')) as Coloured;
    expect(raw.categories.map((c) => c.color)).to.deep.equal(inTurn);
  });
});

describe('TimelineJS slides as people write them', () => {
  let dataset: Dataset;
  before(async () => {
    dataset = await datasetFromJson(await fixture('media-kinds.json'));
  });
  /** The event of that year: the fixture has one a year. */
  const at = (year: number) =>
    dataset.events.find((e) => new Date(e.start).getFullYear() === year)!;

  it('draw every event, one without a headline titled from its text, caption or date', () => {
    expect(dataset.events).to.have.length(18);
    expect(dataset.events.slice(0, 3).map((e) => e.title['*'])).to.deep.equal([
      'The lighthouse is lit for the first time.',
      'The new pier, from the water',
      'Summer 1903',
    ]);
  });

  it('say which titles were made up, and from what, in words', () => {
    const said = dataset.notices.map((n) => describeNotice(en, n));
    expect(said).to.include.members([
      'events[0] has no headline: its title "The lighthouse is lit for the first time." is taken from its text.',
      'events[1] has no headline: its title "The new pier, from the water" is taken from its media caption.',
      'events[2] has no headline: its title "Summer 1903" is taken from its date.',
    ]);
    expect(describeNotice(id, dataset.notices[0]!)).to.equal(
      'events[0] tidak punya judul (headline): judul "The lighthouse is lit for the first time." diambil dari teksnya.',
    );
  });

  it('keep every medium, each as the kind a reader can use', () => {
    expect(dataset.events.map((e) => e.media?.kind ?? null)).to.deep.equal([
      null,
      'image',
      null,
      'video',
      'video',
      'video',
      'audio',
      'quote',
      'link',
      'link',
      'link',
      'link',
      'link',
      'link',
      'link',
      'link',
      'video',
      null,
    ]);
  });

  it('turn a <blockquote> into a quote with its credit and caption, without markup', () => {
    expect(at(1914).media).to.deep.equal({
      kind: 'quote',
      quote: { '*': '\u201cThe light has *never* gone out.\u201d' },
      caption: { '*': 'From the logbook' },
      credit: { '*': 'The keeper, 1914' },
    });
  });

  it('keep caption and credit of a link, and read the address of an embed code', () => {
    expect(at(1922).media).to.deep.equal({
      kind: 'link',
      src: 'https://harbour.example/history',
      alt: {},
      credit: { '*': 'Town hall' },
    });
    expect(at(1923).media).to.deep.include({
      kind: 'video',
      src: 'https://www.youtube.com/embed/Zz9_Yy8-Xx7',
    });
  });

  it('leave out an address that is not http(s), and say so without markup', () => {
    expect(at(1924).media).to.equal(undefined);
    const said = dataset.notices.map((n) => describeNotice(en, n));
    expect(said).to.include(
      'events[17].media.url: "javascript:alert(1)" is not shown; media need an http or https address, or an image\'s.',
    );
    expect(said.join(' ')).not.to.match(/<[a-z]/i);
  });
});

describe('TimelineJS 2 files', () => {
  it('are told apart from our own datasets', async () => {
    expect(isTimelineJs(await fixture('version2.json'))).to.equal(true);
  });

  it('load their dates, headlines, text, tags, assets and eras', async () => {
    const dataset = await datasetFromJson(await fixture('version2.json'));
    expect(dataset.title).to.deep.equal({ '*': 'The ferry line' });
    expect(
      dataset.events.map((e) => [
        e.title['*'],
        e.startPrecision,
        e.end !== undefined,
        e.category?.id,
      ]),
    ).to.deep.equal([
      ['The ferry years', 'year', true, undefined],
      ['The first ferry', 'day', false, 'Boats'],
      ['A second boat joins.', 'month', true, 'Boats'],
      ['A bridge is planned', 'year', false, 'Plans'],
    ]);
    expect(dataset.events[1]!.description).to.deep.equal({
      '*': 'It crossed in **forty** minutes.',
    });
    expect(dataset.events[1]!.media).to.deep.equal({
      kind: 'image',
      src: 'https://example.org/ferry.png',
      alt: { '*': 'The ferry at the pier' },
      credit: { '*': 'Island museum' },
    });
    expect(dataset.events[2]!.media).to.deep.include({
      kind: 'video',
      src: 'https://youtu.be/Qq1_Ww2-Ee3',
    });
    expect(dataset.notices.map((n) => describeNotice(en, n))).to.deep.equal([
      'timeline.date[1] has no headline: its title "A second boat joins." is taken from its text.',
    ]);
  });

  it('are rejected for a date they cannot hold, naming the field as the file does', async () => {
    const error = await rejection(async () =>
      datasetFromJson(await fixture('version2-bad-date.json')),
    );
    expect(describeProblem(en, error.problem)).to.equal(
      'timeline.date[0].startDate: "Spring 1932" is not a date (write 2017, 2017-01 or 2017-01-10).',
    );
  });
});
