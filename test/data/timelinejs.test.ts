import { expect } from '@open-wc/testing';
import { loadDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/model.js';
import { DatasetError } from '../../src/data/problems.js';
import { datasetFromJson } from '../../src/data/read.js';
import { CATEGORY_COLORS } from '../../src/data/csv.js';
import { GROUP_COLORS, htmlToRichText } from '../../src/data/timelinejs.js';
import { isTimelineJs } from '../../src/data/timelinejs-detect.js';
import { en } from '../../src/i18n/en.js';
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
      src: 'https://example.org/dcc.jpg',
      alt: { '*': 'The centre' },
      credit: { '*': 'Kemlu' },
    });
  });

  it('say plainly what they hold that is not shown', () => {
    expect(dataset.notices.map((n) => describeNotice(en, n))).to.deep.equal([
      'events[1]: the display date "Early 2002" is not shown; the date is written from start_date.',
      'events[1].media.url: only images are shown, not https://www.youtube.com/watch?v=abc.',
    ]);
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
      path: 'events[1].start',
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

describe('TimelineJS group colours', () => {
  it('are the colours CSV categories get, in the same order', () => {
    expect(GROUP_COLORS).to.deep.equal(CATEGORY_COLORS);
  });
});
