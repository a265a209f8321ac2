/**
 * Italian number and money text, both ways: every figure the officer reads (editor, messages,
 * dossier, CLI) and every number the officer types goes through here. Written by hand because `Intl`
 * in it-IT leaves four-digit numbers ungrouped ("1234,50").
 */

/** Digits grouped by thousands with dots: "1234567" -> "1.234.567". */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The integer digits of |n|, exact even past 2^53 (a hostile 1e308 prints all its digits, never "Infinity"). */
function integerDigits(n: number): string {
  return Number.isSafeInteger(n) ? String(Math.abs(n)) : BigInt(Math.trunc(Math.abs(n))).toString();
}

/** Italian grouped integer: 30000 -> "30.000"; not a finite number -> "—". */
export function formatInteger(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const t = Math.trunc(n);
  return `${t < 0 ? '-' : ''}${group(integerDigits(t))}`;
}

/** A number with exactly `decimals` decimals: formatDecimal(1234.5, 1) -> "1.234,5". */
export function formatDecimal(n: number, decimals: number): string {
  if (!Number.isFinite(n)) return '—';
  const scale = 10 ** decimals;
  const scaled = Math.round(Math.abs(n) * scale);
  if (!Number.isSafeInteger(scaled)) return `${n < 0 ? '-' : ''}${group(integerDigits(n))}${decimals ? `,${'0'.repeat(decimals)}` : ''}`;
  const sign = n < 0 && scaled > 0 ? '-' : '';
  const units = group(String(Math.floor(scaled / scale)));
  return decimals ? `${sign}${units},${String(scaled % scale).padStart(decimals, '0')}` : `${sign}${units}`;
}

/** A number as typed, with as many decimals as it has and no grouping: 1234.5 -> "1234,5". */
export function formatPlain(n: number): string {
  return Number.isFinite(n) ? String(n).replace('.', ',') : '—';
}

/** A number grouped by thousands, with the decimals it has: 1234.5 -> "1.234,5". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const [int = '0', dec] = String(Math.abs(n)).split('.');
  if (/e/i.test(int)) return formatInteger(n);
  return `${n < 0 ? '-' : ''}${group(int)}${dec ? `,${dec}` : ''}`;
}

/** Euro amount, grouped, two decimals: 1234.5 -> "1.234,50 €". */
export function formatEuro(amount: number): string {
  return `${formatDecimal(amount, 2)} €`;
}

/** Euro amount from integer cents: 123450 -> "1.234,50 €" (sums are exact in cents). */
export function formatCents(cents: number): string {
  return formatEuro(cents / 100);
}

/** An amount as the editor shows it outside editing: grouped, two decimals, no symbol ("1.234,50"). */
export function formatAmount(amount: number): string {
  return formatDecimal(amount, 2);
}

/** A percentage with one decimal: 20.5 -> "20,5%". */
export function formatPercent(tenths: number): string {
  return `${formatDecimal(tenths / 10, 1)}%`;
}

/** "1 voce", "2 voci": Italian agreement of a count with its noun. */
export function countOf(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

/**
 * The number an officer typed, in any of the forms Italians write: `48.500,00`, `48500,5`, `48500`,
 * `48 500`, `-3`. A dot is a thousands separator only in groups of three (`48.500`); a lone dot with
 * one, two or four or more digits after it is a decimal point (`48500.5`). `""` -> null; anything
 * else, including an ambiguous mix such as `48,500.00`, -> undefined (not a number: say so, store
 * nothing).
 */
export function parseItalianNumber(text: string): number | null | undefined {
  const t = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  if (t === '') return null;
  let m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(t);
  if (m) return Number(`${m[1]}${(m[2] ?? '').replace(/\./g, '')}.${m[3] ?? '0'}`);
  m = /^(-?)(\d+)\.(\d{1,2}|\d{4,})$/.exec(t);
  if (m) return Number(`${m[1]}${m[2]}.${m[3]}`);
  return undefined;
}

/** The text an editor starts from: a plain number with a decimal comma, no grouping. */
export function editText(n: number | null): string {
  return n === null ? '' : formatPlain(n);
}
