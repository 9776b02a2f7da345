import { dsvFormat } from 'd3-dsv';
import type { Notice } from './model.js';
import { CATEGORY_PALETTE } from './palette.js';
import { eventIndexOf } from './paths.js';
import type { Path, Problem } from './problems.js';

export { normaliseSkipping } from './skipping.js';

type Row = Readonly<Record<string, string>>;

/** The languages a CSV file has columns for (`title_id`, `title_en`, …). */
const LANGS = ['id', 'en'] as const;

/** A CSV file read into the JSON form, with where each event came from. */
export interface CsvRead {
  /** The dataset in its JSON form, for the schema to check like any other. */
  readonly raw: { categories: unknown[]; events: Record<string, unknown>[] };
  /** Spreadsheet row of each event (the header is row 1). */
  readonly rows: readonly number[];
  /** Column names, lower-cased, in file order. */
  readonly header: readonly string[];
}

function localized(row: Row, field: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const lang of LANGS) {
    const value = row[`${field}_${lang}`]?.trim();
    if (value) out[lang] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** A cell that is either one text for everyone (`media_credit`) or one per language. */
function textCell(row: Row, field: string): string | Record<string, string> | undefined {
  return row[field]?.trim() || localized(row, field);
}

/** "ya", "yes", "true", "x" mark an approximate date; anything unknown goes to the schema. */
function circa(cell: string | undefined): boolean | string | undefined {
  const value = cell?.trim().toLowerCase();
  if (!value || /^(?:false|no|tidak|0)$/.test(value)) return undefined;
  return /^(?:true|yes|ya|1|x|~)$/.test(value) ? true : cell;
}

/**
 * `source_label` (or `source_label_id`, `source_label_en`) and `source_url`, then
 * `source_label_2`, `source_url_2`, … while the header has them.
 */
function sources(row: Row): { label: string | Record<string, string>; url?: string }[] {
  const out: { label: string | Record<string, string>; url?: string }[] = [];
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `_${n}`;
    const names = [`source_label${suffix}`, `source_url${suffix}`, `source_label${suffix}_en`];
    if (!names.some((name) => name in row)) return out;
    const label = textCell(row, `source_label${suffix}`);
    const url = row[`source_url${suffix}`]?.trim();
    if (label || url) out.push({ label: (label || url)!, ...(url ? { url } : {}) });
  }
}

/** Guesses the separator from the header: Indonesian-locale spreadsheets export with `;`. */
export function delimiterOf(body: string): string {
  const header = body.slice(0, body.indexOf('\n') >>> 0);
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * Reads the CSV form of a dataset: one row per event, with the columns `id, start, end,
 * circa, title_id, title_en, description_id, description_en (or `title`, `description` for
 * every language), category, source_label,
 * source_url` (and `source_label_2`, `source_url_2`, … for more sources), `media_src,
 * media_alt_id, media_alt_en, media_credit` for an image (and `media_kind`, `media_caption`,
 * `media_quote` for a video, audio, link or quote), and optionally
 * `category_label_id, category_label_en, category_color` to name and colour a category on
 * the first row that uses it. Comma or semicolon separated, with or without a BOM.
 */
export function readCsv(csv: string): CsvRead {
  const body = csv.replace(/^\uFEFF/, '');
  const [head = [], ...records] = dsvFormat(delimiterOf(body)).parseRows(body);
  const header = head.map((name) => name.trim().toLowerCase());
  const defines = header.some(
    (name) => name.startsWith('category_label') || name === 'category_color',
  );
  const named = new Set<string>();
  const defined = new Map<string, Record<string, unknown>>();
  const events: Record<string, unknown>[] = [];
  const rows: number[] = [];
  records.forEach((cells, r) => {
    // Spreadsheets often end with empty rows; they are not events.
    if (!cells.some((cell) => cell.trim())) return;
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = cells[i] ?? ''));
    const category = row.category?.trim() || undefined;
    if (category) {
      named.add(category);
      const label = localized(row, 'category_label');
      const color = row.category_color?.trim();
      if ((label || color) && !defined.has(category)) {
        defined.set(category, {
          id: category,
          label: label ?? category,
          ...(color ? { color } : {}),
        });
      }
    }
    events.push(eventOf(row, category));
    rows.push(r + 2);
  });
  // A file that names and colours its categories lists them, and then a category no row
  // defines is a typo to report; a file that only names them gets one per name.
  const listed =
    defines && defined.size
      ? [...defined.values()]
      : [...named].map((id) => defined.get(id) ?? { id, label: id });
  const categories = listed.map((c, i) =>
    c.color ? c : { ...c, color: CATEGORY_PALETTE[i % CATEGORY_PALETTE.length]! },
  );
  return { raw: { categories, events }, rows, header };
}

/** One row as an event in the JSON form, each cell left out when empty. */
function eventOf(row: Row, category: string | undefined) {
  const description = textCell(row, 'description');
  const found = sources(row);
  const approximate = circa(row.circa);
  const media = mediaOf(row);
  return {
    id: row.id?.trim(),
    start: row.start?.trim() || undefined,
    ...(row.end?.trim() ? { end: row.end.trim() } : {}),
    ...(approximate !== undefined ? { circa: approximate } : {}),
    title: textCell(row, 'title'),
    ...(description ? { description } : {}),
    ...(category ? { category } : {}),
    ...(found.length ? { sources: found } : {}),
    ...(media ? { media } : {}),
  };
}

/** The row's image, video, audio, link or quote; undefined when it has none. */
function mediaOf(row: Row) {
  const mediaSrc = row.media_src?.trim();
  const mediaKind = row.media_kind?.trim().toLowerCase() || undefined;
  const quote = textCell(row, 'media_quote');
  if (!mediaSrc && !quote && !mediaKind) return undefined;
  const alt = localized(row, 'media_alt');
  const caption = textCell(row, 'media_caption');
  const credit = textCell(row, 'media_credit');
  return {
    ...(mediaKind ? { kind: mediaKind } : {}),
    ...(mediaSrc ? { src: mediaSrc } : {}),
    ...(quote ? { quote } : {}),
    ...(alt ? { alt } : {}),
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
  };
}

/** Reads the CSV form of a dataset into the JSON form (see readCsv). */
export function csvToDataset(csv: string): unknown {
  return readCsv(csv).raw;
}

/** The CSV column a dataset path points into: `events[3].sources[1].url` → `source_url_2`. */
export function csvColumnOf(path: Path, header: readonly string[]): string {
  const all = path.map(String);
  const keys = eventIndexOf(path) < 0 ? all : all.slice(2);
  /** A text column: one language's (`title_en`), or the shared one, or the first there is. */
  const text = (base: string, lang: string | undefined) =>
    lang
      ? `${base}_${lang}`
      : header.includes(base)
        ? base
        : `${base}_${LANGS.find((l) => header.includes(`${base}_${l}`)) ?? 'en'}`;
  const [field = '', second, third, fourth] = keys;
  if (field === 'sources') {
    const suffix = Number(second) > 0 ? `_${Number(second) + 1}` : '';
    return third === 'url' ? `source_url${suffix}` : text(`source_label${suffix}`, fourth);
  }
  if (field === 'media')
    return second === 'src' || !second ? 'media_src' : text(`media_${second}`, third);
  if (field === 'title' || field === 'description') return text(field, second);
  return field;
}

/**
 * The notices for rows left out (see normaliseSkipping): each problem's path, written as the
 * spreadsheet's row and column.
 */
export function csvNotices(read: CsvRead, skipped: readonly Problem[]): Notice[] {
  const { rows, header } = read;
  const rowOf = (path: Path) => rows[eventIndexOf(path)] ?? 0;
  return skipped.map((problem) => {
    const path = 'path' in problem ? problem.path : [];
    const field = csvColumnOf(path, header);
    return {
      kind: 'skippedRow',
      row: rowOf(path),
      column: header.indexOf(field) + 1,
      field,
      problem,
      ...(problem.code === 'duplicateId' ? { firstRow: rowOf(problem.firstPath) } : {}),
    };
  });
}
