/** An event that passes validation, with `fields` laid over it. */
export function event(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, start: '2002', title: { id: `Judul ${id}`, en: `Title ${id}` }, ...fields };
}
