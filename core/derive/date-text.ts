/**
 * Italian dates both ways: the document keeps ISO text (AAAA-MM-GG, or AAAA-MM for a month), the
 * officer reads and types gg/mm/aaaa (or mm/aaaa, or «marzo 2027»).
 */

/** "2026-09-24" -> "24/09/2026"; "2027-03" -> "03/2027"; anything else as it is; empty -> "—". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso || '—';
  return m[3] ? `${m[3]}/${m[2]}/${m[1]}` : `${m[2]}/${m[1]}`;
}

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

const pad = (n: number): string => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * The ISO date an officer typed: `26/11/2026`, `26-11-2026`, `26.11.2026`, `1/3/2027`, or ISO itself.
 * `''` for nothing typed; undefined for a text that is no date (or no real one, such as 31/02/2027).
 */
export function parseItalianDate(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return '';
  let y: number, m: number, d: number;
  const it = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (it) [d, m, y] = [Number(it[1]), Number(it[2]), Number(it[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  return y >= 1900 && y <= 2200 && isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

/** The ISO month an officer typed: `03/2027`, `3/2027`, `marzo 2027`, `mar 2027`, or `2027-03`. */
export function parseItalianMonth(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return '';
  let y: number, m: number;
  const num = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})$/.exec(t);
  const named = /^([a-zà]+)\.?\s+(\d{4})$/.exec(t);
  if (num) [m, y] = [Number(num[1]), Number(num[2])];
  else if (iso) [y, m] = [Number(iso[1]), Number(iso[2])];
  else if (named && named[1]!.length >= 3) {
    const i = MONTHS.findIndex((name) => name.startsWith(named[1]!));
    if (i < 0) return undefined;
    [m, y] = [i + 1, Number(named[2])];
  } else return undefined;
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 ? `${y}-${pad(m)}` : undefined;
}
