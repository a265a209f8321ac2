/** A row id not yet used in `rows`, e.g. `voci-13`: the list's name and the first free number. */
export function freshId(rows: readonly unknown[], pointer: string): string {
  const prefix = (pointer.split('/').pop() ?? 'riga').toLowerCase().replace(/[^a-z0-9]/g, '') || 'riga';
  const used = new Set(rows.map((r) => (r as { id?: unknown }).id));
  let n = rows.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
