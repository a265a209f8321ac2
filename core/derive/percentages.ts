/**
 * Shares of a whole in tenths of a percent that add up to exactly 100,0% (largest remainder): each
 * share is rounded down, then the tenths still missing go to the largest remainders, earlier items
 * first on a tie. Rounding each share on its own can print 20% | 25% | 6% | 46% above a 100% total.
 * Null when the parts cannot be shares (a negative part, or nothing to share).
 */
export function sharesInTenths(parts: readonly number[]): number[] | null {
  const total = parts.reduce((s, p) => s + p, 0);
  if (total <= 0 || parts.some((p) => p < 0 || !Number.isFinite(p))) return null;
  const exact = parts.map((p) => (p * 1000) / total);
  const floors = exact.map(Math.floor);
  let missing = 1000 - floors.reduce((s, f) => s + f, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i]! += 1;
    missing -= 1;
  }
  return floors;
}
