import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/index.js';
import type { DiplomacyTimeline } from '../../src/diplomacy-timeline.js';
import { until } from '../helpers.js';

/** Text as the format allows it, and as it should not be. */
const textArb = fc.oneof(
  fc.string({ minLength: 1 }),
  fc.dictionary(fc.constantFrom('id', 'en', 'en-GB', 'x', ''), fc.string()),
  fc.jsonValue(),
);
const dateArb = fc.oneof(
  fc.constantFrom('2002', '2017-01', '2017-01-10', '1998', '0001', '9999-12-31', '2017-02-30'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string(),
  fc.integer(),
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const eventArb = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.string()),
    start: dateArb,
    end: optional(dateArb),
    circa: optional(fc.oneof(fc.boolean(), fc.jsonValue())),
    title: textArb,
    description: optional(textArb),
    category: optional(fc.constantFrom('c', 'd', 'x')),
    sources: optional(
      fc.array(fc.record({ label: textArb, url: optional(fc.oneof(fc.webUrl(), fc.string())) }), {
        maxLength: 3,
      }),
    ),
  },
  { requiredKeys: ['id', 'start', 'title'] },
);
/** Shaped like a dataset, right or wrong in any field; often valid. */
const datasetArb = fc.record(
  {
    title: textArb,
    categories: fc.array(
      fc.record({
        id: fc.constantFrom('c', 'd'),
        label: textArb,
        color: optional(fc.oneof(fc.constantFrom('#0b6e4f', '#ABCDEF'), fc.string())),
      }),
      { maxLength: 3 },
    ),
    events: fc.array(eventArb, { maxLength: 40 }),
  },
  { requiredKeys: ['events'] },
);

/** Valid datasets of any size up to 60 events, with ranges, categories, sources and languages. */
const validArb = fc
  .array(
    fc.record({
      year: fc.integer({ min: 1000, max: 2100 }),
      month: optional(fc.integer({ min: 1, max: 12 })),
      years: optional(fc.integer({ min: 0, max: 40 })),
      title: fc.oneof(
        fc.string({ minLength: 1 }),
        fc.record({ en: fc.string({ minLength: 1 }), id: fc.string() }),
      ),
      category: optional(fc.constantFrom('c', 'd')),
      url: optional(fc.oneof(fc.webUrl(), fc.string())),
    }),
    { maxLength: 60 },
  )
  .map((events) => ({
    categories: [
      { id: 'c', label: 'C', color: '#0b6e4f' },
      { id: 'd', label: { en: 'D', id: 'D' } },
    ],
    events: events.map((e, i) => ({
      id: `e${i}`,
      start: e.month ? `${e.year}-${String(e.month).padStart(2, '0')}` : String(e.year),
      ...(e.years === undefined ? {} : { end: String(e.year + e.years) }),
      title: e.title,
      ...(e.category ? { category: e.category } : {}),
      ...(e.url === undefined ? {} : { sources: [{ label: 'Source', url: e.url }] }),
    })),
  }));

describe('any value given as data', function () {
  this.timeout(600_000);
  const seen: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    seen.push('message' in event ? event.message : String(event.reason));
  const consoleError = console.error;
  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    // The widget logs a failure it did not foresee before showing the error state: none may.
    console.error = (...args: unknown[]) => seen.push(args.map(String).join(' '));
    // The schema that words a refusal loads with the first one; from then on a refusal shows
    // in the same update as the data, which is what the property below reads.
    const first = await fixture<DiplomacyTimeline>(html`<diplomacy-timeline></diplomacy-timeline>`);
    const refused = oneEvent(first, 'timeline-error');
    first.data = { events: 'none' };
    await refused;
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    console.error = consoleError;
  });

  it('is drawn or refused with a message, and no exception reaches the page', async () => {
    const soak = (await executeServerCommand('soak')) as boolean;
    const el = await fixture<DiplomacyTimeline>(
      html`<diplomacy-timeline style="width: 800px; height: 360px"></diplomacy-timeline>`,
    );
    const outcomes = { drawn: 0, empty: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), datasetArb, validArb), async (value) => {
        el.data = value;
        await el.updateComplete;
        const root = el.shadowRoot!;
        const alert = root.querySelector('[role="alert"]');
        if (alert) {
          expect(alert.querySelector('p')!.textContent!.trim()).to.not.equal('');
          outcomes.refused++;
        } else if (root.querySelector('[part="empty"]')) {
          outcomes.empty++;
        } else {
          // The first drawing waits for the drawing's size, an update later.
          await until(() => root.querySelector('.mark, .range, .cluster'));
          outcomes.drawn++;
        }
        expect(seen, JSON.stringify(value)).to.deep.equal([]);
      }),
      { numRuns: soak ? 10_000 : 300 },
    );
    console.log(`random data: ${JSON.stringify(outcomes)}`);
    // Both ways out were taken, so the property said something about each.
    expect(outcomes.drawn).to.be.above(0);
    expect(outcomes.refused).to.be.above(0);
  });
});
