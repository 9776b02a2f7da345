import { dsvFormat } from 'd3-dsv';

type Row = Record<string, string | undefined>;

function localized(row: Row, field: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const lang of ['id', 'en']) {
    const value = row[`${field}_${lang}`]?.trim();
    if (value) out[lang] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * Reads the CSV form of a dataset (one row per event, columns `id,start,end,title_id,title_en,
 * description_id,description_en,category,source_label,source_url`) into the JSON form, which
 * the schema then checks like any other. Spreadsheets in Indonesian locales export with `;`.
 */
export function csvToDataset(csv: string): unknown {
  const body = csv.replace(/^\uFEFF/, '');
  const header = body.slice(0, body.indexOf('\n') >>> 0);
  const delimiter =
    (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  // Spreadsheets often end with empty rows; they are not events.
  const rows = (dsvFormat(delimiter).parse(body) as Row[]).filter((row) =>
    Object.values(row).some((value) => value?.trim()),
  );
  const categories = new Set<string>();
  const events = rows.map((row) => {
    const category = row.category?.trim() || undefined;
    if (category) categories.add(category);
    const sourceLabel = row.source_label?.trim();
    const sourceUrl = row.source_url?.trim();
    return {
      id: row.id?.trim(),
      start: row.start?.trim(),
      ...(row.end?.trim() ? { end: row.end.trim() } : {}),
      title: localized(row, 'title'),
      ...(localized(row, 'description') ? { description: localized(row, 'description') } : {}),
      ...(category ? { category } : {}),
      ...(sourceLabel || sourceUrl
        ? {
            sources: [
              { label: sourceLabel || sourceUrl, ...(sourceUrl ? { url: sourceUrl } : {}) },
            ],
          }
        : {}),
    };
  });
  return {
    categories: [...categories].map((id) => ({ id, label: id })),
    events,
  };
}
