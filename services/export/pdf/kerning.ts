/**
 * Pair kerning read straight from a font's GPOS table: the `kern` feature's pair adjustment lookups
 * (format 1, pairs of glyphs; format 2, pairs of glyph classes), as fontkit applies them when it lays
 * out text. Looked up per pair of glyphs and cached, instead of shaping every word: the dossier
 * draws thousands of distinct words (amounts, codes) whose shaping cost more than their drawing.
 */

interface Coverage {
  readonly version: number;
  readonly glyphs?: readonly number[];
  readonly rangeRecords?: ReadonlyArray<{ readonly start: number; readonly end: number; readonly startCoverageIndex: number }>;
}

interface ClassDef {
  readonly version: number;
  readonly startGlyph?: number;
  readonly classValueArray?: readonly number[];
  readonly classRangeRecord?: ReadonlyArray<{ readonly start: number; readonly end: number; readonly class: number }>;
}

interface Value {
  readonly xAdvance?: number;
}

interface PairSubtable {
  readonly version: number;
  readonly coverage: Coverage;
  readonly pairSets?: { get(i: number): ReadonlyArray<{ readonly secondGlyph: number; readonly value1?: Value }> };
  readonly classDef1?: ClassDef;
  readonly classDef2?: ClassDef;
  readonly classRecords?: { get(i: number): { get(i: number): { readonly value1?: Value } } };
}

/** The parts of fontkit's parsed GPOS table read here. */
export interface Gpos {
  readonly featureList: ReadonlyArray<{ readonly tag: string; readonly feature: { readonly lookupListIndexes: readonly number[] } }>;
  readonly lookupList: { toArray(): ReadonlyArray<{ readonly lookupType: number; readonly subTables: readonly unknown[] }> };
}

function coverageIndex(c: Coverage, glyph: number): number {
  if (c.version === 1) return c.glyphs?.indexOf(glyph) ?? -1;
  for (const r of c.rangeRecords ?? []) if (r.start <= glyph && glyph <= r.end) return r.startCoverageIndex + glyph - r.start;
  return -1;
}

function classOf(c: ClassDef | undefined, glyph: number): number {
  if (!c) return 0;
  if (c.version === 1) {
    const i = glyph - (c.startGlyph ?? 0);
    return i >= 0 && i < (c.classValueArray?.length ?? 0) ? (c.classValueArray?.[i] ?? 0) : 0;
  }
  for (const r of c.classRangeRecord ?? []) if (r.start <= glyph && glyph <= r.end) return r.class;
  return 0;
}

/** The adjustment of one subtable to the pair, or undefined when the subtable does not cover it. */
function adjustment(t: PairSubtable, left: number, right: number): number | undefined {
  const index = coverageIndex(t.coverage, left);
  if (index === -1) return undefined;
  if (t.version === 1) {
    const pair = t.pairSets?.get(index).find((p) => p.secondGlyph === right);
    return pair ? (pair.value1?.xAdvance ?? 0) : undefined;
  }
  return t.classRecords?.get(classOf(t.classDef1, left)).get(classOf(t.classDef2, right)).value1?.xAdvance ?? 0;
}

/** Fonts with up to this many glyphs keep their pairs in a flat table (Titillium has 372: 270 KiB). */
const DENSE_GLYPHS = 1024;
const UNKNOWN = -32768;

/**
 * The kerning of a font, in font units, for a pair of glyph ids; 0 for fonts without GPOS kerning.
 * Each pair is looked up in the GPOS table once, then read from a flat table (a map for large fonts).
 */
export function pairKerning(gpos: Gpos | undefined, glyphs: number): (left: number, right: number) => number {
  if (!gpos) return () => 0;
  const lookups = gpos.lookupList.toArray();
  const indexes = [...new Set(gpos.featureList.filter((f) => f.tag === 'kern').flatMap((f) => f.feature.lookupListIndexes))].sort((a, b) => a - b);
  const subtables = indexes.map((i) => lookups[i]).filter((l) => l?.lookupType === 2).map((l) => (l?.subTables ?? []) as PairSubtable[]);
  const compute = (left: number, right: number): number => {
    let k = 0;
    // Each lookup applies once; within a lookup the first subtable that covers the pair wins.
    for (const lookup of subtables) {
      for (const t of lookup) {
        const a = adjustment(t, left, right);
        if (a !== undefined) {
          k += a;
          break;
        }
      }
    }
    return k;
  };
  if (glyphs <= DENSE_GLYPHS) {
    const table = new Int16Array(glyphs * glyphs).fill(UNKNOWN);
    return (left, right) => {
      if (left >= glyphs || right >= glyphs) return compute(left, right);
      const i = left * glyphs + right;
      let k = table[i] ?? UNKNOWN;
      if (k === UNKNOWN) table[i] = k = compute(left, right);
      return k;
    };
  }
  const cache = new Map<number, number>();
  return (left, right) => {
    const key = left * 65536 + right;
    let k = cache.get(key);
    if (k === undefined) cache.set(key, (k = compute(left, right)));
    return k;
  };
}
