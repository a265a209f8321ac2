/** Euro amounts travel as numbers in the document; sums are done in integer cents to stay exact. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** True when the amount has at most two decimals (tolerating binary floating-point noise). */
export function hasAtMostTwoDecimals(amount: number): boolean {
  return Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6;
}
