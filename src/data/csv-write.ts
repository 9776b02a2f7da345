import { csvFormatRows } from 'd3-dsv';
import type { DatasetInput, LocalizedTextInput } from './schema.js';

const LANGS = ['id', 'en'] as const;

function inLang(text: LocalizedTextInput | undefined, lang: string): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : (text[lang] ?? '');
}

/**
 * Writes a dataset (its JSON form, already valid) as CSV, the columns `readCsv` reads. Text
 * given once for every language goes in each language's column. What CSV cannot hold is
 * returned as warnings: the dataset's title and description, and languages other than id
 * and en. One idea over 60 lines: the header and each row are written side by side, column
 * for column, so a column added to one is seen missing from the other.
 */
export function datasetToCsv(input: DatasetInput): { csv: string; warnings: string[] } {
  const warnings: string[] = [];
  if (input.title !== undefined || input.description !== undefined) {
    warnings.push('the dataset title and description have no place in CSV and are left out');
  }
  const events = input.events;
  const sourceCount = Math.max(1, ...events.map((e) => e.sources?.length ?? 0));
  const hasMedia = events.some((e) => e.media);
  const categories = new Map((input.categories ?? []).map((c) => [c.id, c]));
  const header = ['id', 'start', 'end', 'circa'];
  for (const field of ['title', 'description']) for (const l of LANGS) header.push(`${field}_${l}`);
  header.push('category', 'category_label_id', 'category_label_en', 'category_color');
  for (let n = 1; n <= sourceCount; n++) {
    const suffix = n === 1 ? '' : `_${n}`;
    header.push(`source_label${suffix}`);
    for (const l of LANGS) header.push(`source_label${suffix}_${l}`);
    header.push(`source_url${suffix}`);
  }
  // Columns for the kind, caption and quote only when some media has them.
  const mediaTexts = (['caption', 'quote'] as const).filter((f) =>
    events.some((e) => e.media?.[f] !== undefined),
  );
  const hasKind = events.some((e) => e.media?.kind !== undefined);
  if (hasMedia) {
    if (hasKind) header.push('media_kind');
    header.push('media_src', 'media_alt_id', 'media_alt_en', 'media_credit');
    // As source labels: one column for text for everyone, one per language.
    for (const field of mediaTexts)
      header.push(`media_${field}`, ...LANGS.map((l) => `media_${field}_${l}`));
  }
  const described = new Set<string>();
  const rows = events.map((e) => {
    for (const text of [e.title, e.description]) {
      if (typeof text === 'object' && Object.keys(text).some((k) => k !== 'id' && k !== 'en')) {
        warnings.push(`${e.id}: only the id and en texts are written`);
      }
    }
    const category = e.category ? categories.get(e.category) : undefined;
    // Each category is named and coloured on the first row that uses it.
    const first = !!category && !described.has(category.id);
    if (category) described.add(category.id);
    const row = [e.id, e.start, e.end ?? '', e.circa ? 'true' : ''];
    for (const text of [e.title, e.description]) for (const l of LANGS) row.push(inLang(text, l));
    row.push(
      e.category ?? '',
      first ? inLang(category.label, 'id') : '',
      first ? inLang(category.label, 'en') : '',
      first ? (category.color ?? '') : '',
    );
    for (let n = 0; n < sourceCount; n++) {
      const source = e.sources?.[n];
      // A label for everyone goes in `source_label`, one per language in its own columns.
      const label = source?.label;
      row.push(typeof label === 'string' ? label : '');
      for (const l of LANGS) row.push(typeof label === 'object' ? (label[l] ?? '') : '');
      row.push(source?.url ?? '');
    }
    if (hasMedia) {
      const credit = e.media?.credit;
      if (hasKind) row.push(e.media?.kind ?? '');
      row.push(
        e.media?.src ?? '',
        inLang(e.media?.alt, 'id'),
        inLang(e.media?.alt, 'en'),
        typeof credit === 'string' ? credit : (credit?.en ?? credit?.id ?? ''),
      );
      for (const field of mediaTexts) {
        const text = e.media?.[field];
        row.push(typeof text === 'string' ? text : '');
        for (const l of LANGS) row.push(typeof text === 'object' ? (text[l] ?? '') : '');
      }
    }
    return row;
  });
  return { csv: csvFormatRows([header, ...rows]) + '\n', warnings };
}
