import { SLACK, longestWordWidth } from './lines';

/** No column is widened past this share of the table for a long word (URLs, hashes): those break. */
const MAX_MIN_SHARE = 0.4;

/**
 * Shares `total` points among columns by their weights, but gives each column at least `minimums[i]`
 * (its longest word, so words are not cut in the middle) and takes that room from the others in
 * proportion to their weights. When the minimums alone exceed the total, they are scaled down.
 */
export function allocateWidths(weights: readonly number[], minimums: readonly number[], total: number): number[] {
  const w = weights.map((x) => (x > 0 ? x : 1));
  const min = minimums.map((m) => Math.min(m, total * MAX_MIN_SHARE));
  const minSum = min.reduce((s, m) => s + m, 0);
  if (minSum >= total) return min.map((m) => (m * total) / minSum);
  const fixed = new Set<number>();
  // Each pass fixes at least one more column at its minimum, so this ends within n passes.
  for (;;) {
    const fixedSum = [...fixed].reduce((s, i) => s + (min[i] ?? 0), 0);
    const freeWeight = w.reduce((s, x, i) => (fixed.has(i) ? s : s + x), 0);
    const share = (i: number): number => ((w[i] ?? 0) * (total - fixedSum)) / freeWeight;
    const under = w.map((_, i) => i).filter((i) => !fixed.has(i) && share(i) < (min[i] ?? 0));
    if (under.length === 0) return w.map((_, i) => (fixed.has(i) ? (min[i] ?? 0) : share(i)));
    for (const i of under) fixed.add(i);
  }
}

/** A column of a table to size: its header and the text of its cells. */
export interface ColumnText {
  readonly weight?: number;
  readonly header: string;
  /** Amounts and codes: the whole cell is kept on one line. */
  readonly nowrap: boolean;
}

/**
 * The content widths (padding excluded) of the columns of a data table in points: weights first,
 * then widened so that no word, and no amount, is split across lines.
 */
export function columnWidths(columns: readonly ColumnText[], rows: ReadonlyArray<readonly string[]>, total: number, fontSize: number): number[] {
  const minimums = columns.map((c, i) => {
    let m = longestWordWidth(c.header, fontSize, true);
    // A column repeats many of its values (names, categories, rates): each is measured once.
    const seen = new Set<string>();
    for (const row of rows) {
      const text = row[i] ?? '';
      if (seen.has(text)) continue;
      seen.add(text);
      m = Math.max(m, c.nowrap ? longestWordWidth(text.replace(/ /g, '\u00a0'), fontSize) : longestWordWidth(text, fontSize));
    }
    // breakLines fills lines to SLACK of the width; a little more for rounding.
    return m / SLACK + 0.5;
  });
  return allocateWidths(columns.map((c) => c.weight ?? 1), minimums, total);
}
