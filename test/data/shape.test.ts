import { expect } from '@open-wc/testing';
import { normaliseDataset } from '../../src/data/normalise.js';
import { DatasetError, type Problem } from '../../src/data/problems.js';
import { type DatasetInput, validateDataset } from '../../src/data/schema.js';
import { hasDatasetShape } from '../../src/data/shape.js';
import { syntheticDataset } from '../fixtures/synthetic.js';

const defaultDataset = (await (
  await fetch('/data/indonesia-digital-diplomacy.json')
).json()) as DatasetInput;

/** A small dataset that uses every field the format has, in each of its forms. */
const everyField: DatasetInput = {
  $schema: './schema.json',
  title: { id: 'Judul', en: 'Title', 'en-GB': 'Title' },
  description: 'One text for every language',
  categories: [
    { id: 'a', label: 'A', color: '#0b6e4f' },
    { id: 'b', label: { en: 'B' } },
  ],
  events: [
    {
      id: 'one',
      start: '2017-01-10',
      end: '2018',
      circa: true,
      title: 'One',
      description: { id: 'Satu', en: '' },
      category: 'a',
      sources: [{ label: 'S', url: 'https://example.org' }, { label: { en: 'T' } }],
    },
    { id: 'two', start: '200X', title: { en: 'Two' }, sources: [] },
    {
      id: 'three',
      start: '1999-02',
      circa: false,
      title: 'Three',
      category: 'b',
      media: { kind: 'quote', quote: { en: 'Q' }, caption: 'C', credit: 'D' },
    },
    {
      id: 'four',
      start: '1998',
      title: 'Four',
      media: { kind: 'video', src: 'https://v.example/1' },
    },
  ],
};

const validDatasets: [string, DatasetInput][] = [
  ['the default dataset', defaultDataset],
  ['a synthetic dataset', syntheticDataset(50, { ranges: 3 })],
  ['a dataset with every field', everyField],
];

/** Values of every kind the format has, and some it has not. */
const replacements: unknown[] = [
  undefined,
  null,
  '',
  'x',
  '2017',
  '2017-13-01',
  '2017-02-30',
  '20170',
  '#0b6e4f',
  '#0b6e4',
  0,
  1,
  true,
  false,
  [],
  [{}],
  {},
  { en: 'x' },
  { en: 1 },
  { EN: 'x' },
  { constructor: 'x' },
  { '*': 'x' },
];

/** Every dataset one change away from `input`: each value replaced, dropped, or joined by another key. */
function* variants(input: unknown): Generator<unknown> {
  if (typeof input !== 'object' || input === null) return;
  const entries = Array.isArray(input) ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) {
    const copy = (v: unknown) => {
      const out = (Array.isArray(input) ? [...input] : { ...input }) as Record<string, unknown>;
      out[key] = v;
      return out;
    };
    for (const replacement of replacements) yield copy(replacement);
    if (!Array.isArray(input)) {
      const rest: Record<string, unknown> = { ...input };
      delete rest[key];
      yield rest;
    }
    for (const inner of variants(value)) yield copy(inner);
  }
  if (!Array.isArray(input)) yield { ...input, extra: 'x' };
}

function outcome(run: () => unknown): { ok: unknown } | { problems: readonly Problem[] } {
  try {
    return { ok: run() };
  } catch (error) {
    if (error instanceof DatasetError) return { problems: error.problems };
    throw error;
  }
}

describe('hasDatasetShape', () => {
  for (const [name, input] of validDatasets) {
    it(`lets ${name} skip the schema`, () => {
      expect(hasDatasetShape(input)).to.equal(true);
    });

    it(`builds ${name} the same whether or not the schema checked it first`, () => {
      const checked = validateDataset(input);
      expect(checked.ok).to.equal(true);
      if (!checked.ok) return;
      expect(normaliseDataset(input)).to.deep.equal(normaliseDataset(checked.value));
    });
  }

  it('never lets through what the schema rejects, and the problems are the schema’s', function () {
    // Thousands of variants, each through the schema twice: slow on a busy machine.
    this.timeout(60_000);
    let variantsSeen = 0;
    let rejected = 0;
    for (const [, input] of validDatasets.slice(1)) {
      for (const variant of variants(input)) {
        variantsSeen++;
        const checked = validateDataset(variant);
        if (!checked.ok) rejected++;
        // The quick look leaves only the dates' calendar to the schema.
        if (hasDatasetShape(variant) && !checked.ok) {
          expect(checked.problems.map((p) => p.code)).to.satisfy((codes: string[]) =>
            codes.every((code) => code === 'notDate'),
          );
        }
        // The outcome is the one of checking with the schema first: the same dataset, or the
        // same problems.
        const schemaFirst = outcome(() => {
          if (!checked.ok) throw new DatasetError(checked.problems);
          return normaliseDataset(checked.value);
        });
        expect(
          outcome(() => normaliseDataset(variant)),
          JSON.stringify(variant),
        ).to.deep.equal(schemaFirst);
      }
    }
    // Enough variants, and most of them broken, to reach every problem the schema words.
    expect(variantsSeen).to.be.greaterThan(1000);
    expect(rejected).to.be.greaterThan(variantsSeen / 2);
  });
});
