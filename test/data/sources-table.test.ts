import { expect } from '@open-wc/testing';
import type { DatasetInput } from '../../src/data/schema.js';

/**
 * data/SOURCES.md is where a reader checks the bundled dataset; these tests keep the two
 * from drifting apart (ids, dates, circa, every source address).
 */
const raw = (await (await fetch('/data/indonesia-digital-diplomacy.json')).json()) as DatasetInput;
const table = await (await fetch('/data/SOURCES.md')).text();

interface Row {
  readonly id: string;
  readonly date: string;
  readonly circa: boolean;
  readonly urls: string[];
  readonly note: string;
}

/** The table's rows: `| `id` | date | precision | sources | note |`. */
function rowsOf(markdown: string): Row[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim());
      const [id = '', date = '', precision = '', sources = '', note = ''] = cells;
      return {
        id: id.replace(/`/g, ''),
        date,
        circa: /\bcirca\b/.test(precision),
        urls: [...sources.matchAll(/\]\((\S+?)\)/g)].map((m) => m[1]!),
        note,
      };
    });
}

const rows = rowsOf(table);
const dateOf = (e: DatasetInput['events'][number]) => (e.end ? `${e.start} – ${e.end}` : e.start);

describe('data/SOURCES.md beside the bundled dataset', () => {
  it('has one row for every event, and no row for an event the dataset lacks', () => {
    expect(rows.map((r) => r.id)).to.deep.equal(raw.events.map((e) => e.id));
  });

  it('gives each event the date and the circa mark the dataset gives', () => {
    for (const event of raw.events) {
      const row = rows.find((r) => r.id === event.id)!;
      expect(row.date, event.id).to.equal(dateOf(event));
      expect(row.circa, `${event.id} circa`).to.equal(event.circa === true);
    }
  });

  it('lists exactly the source addresses the dataset links, each on its own source', () => {
    for (const event of raw.events) {
      const row = rows.find((r) => r.id === event.id)!;
      const linked = (event.sources ?? []).flatMap((s) => (s.url ? [s.url] : []));
      expect(
        linked,
        `${event.id}: a source with an address in SOURCES.md lacks its url`,
      ).to.deep.equal(row.urls);
    }
  });

  it('words every claim the table marks as attributed as attributed, in both languages', () => {
    const attributed = rows.filter((r) => /^Attributed to|is attributed to/.test(r.note));
    expect(attributed.length).to.be.at.least(5);
    for (const row of attributed) {
      const event = raw.events.find((e) => e.id === row.id)!;
      const description = event.description as Record<string, string>;
      expect(description.en, `${row.id} (en)`).to.match(/According to (Putri|Madu)/);
      expect(description.id, `${row.id} (id)`).to.match(/Menurut (Putri|Madu)/);
    }
  });
});
