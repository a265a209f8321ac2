/** Euro amounts travel as numbers in the document; sums are done in integer cents to stay exact. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** True when the amount has at most two decimals (tolerating binary floating-point noise). */
export function hasAtMostTwoDecimals(amount: number): boolean {
  return Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6;
}

/**
 * Italian format, always grouped, two decimals: 1234.5 -> "1.234,50 €". Written by hand because
 * `Intl` in it-IT leaves four-digit numbers ungrouped ("1234,50").
 */
export function formatEuro(amount: number): string {
  const cents = toCents(amount);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${units},${String(abs % 100).padStart(2, '0')} €`;
}

/** Italian grouped integer: 30000 -> "30.000". */
export function formatInteger(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** An amount as the editor shows it outside editing: grouped, two decimals, no symbol ("1.234,50"). */
export function formatAmount(amount: number): string {
  return formatEuro(amount).slice(0, -2);
}
