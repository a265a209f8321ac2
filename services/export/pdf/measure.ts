import { FONT_FILES, openFont, type FontkitFont } from './fonts';
import { pairKerning, type Gpos } from './kerning';

/** What layout and drawing need of a font file. Widths in em. */
export interface Metrics {
  readonly font: FontkitFont;
  readonly unitsPerEm: number;
  /** Advance widths by UTF-16 code unit; characters without a glyph count as the letter "n". */
  readonly advance: Float64Array;
  /** Glyph ids by UTF-16 code unit (0, the missing glyph, where the font has none). */
  readonly glyph: Uint16Array;
  /** The kerning of a pair of glyph ids, in em. */
  kern(left: number, right: number): number;
  /** Baseline below the top of a line, as pdfkit places text. */
  readonly ascender: number;
  /** The height of a line, as pdfkit computes it: ascent to descent, no line gap. */
  readonly lineHeight: number;
}

const cache = new Map<string, Metrics>();

/** fontkit's font with the parts read in bulk: decoding each glyph's metrics one by one cost tens of milliseconds per face. */
interface FontkitInternals {
  readonly hmtx?: { readonly metrics: { toArray(): ReadonlyArray<{ readonly advance: number }> } };
  readonly _cmapProcessor?: { lookup(cp: number): number };
}

/** Glyph id and advance (font units) of each code point of the font, read in bulk where fontkit allows it. */
function glyphMetrics(font: FontkitFont): (cp: number) => { id: number; advance: number } {
  const internals = font as unknown as FontkitInternals;
  const hmtx = internals.hmtx?.metrics.toArray();
  const cmap = internals._cmapProcessor;
  if (!hmtx || hmtx.length === 0 || typeof cmap?.lookup !== 'function') {
    return (cp) => {
      const g = font.glyphForCodePoint(cp);
      return { id: g.id, advance: g.advanceWidth };
    };
  }
  // Glyphs past the last horizontal metric share its advance (the OpenType hmtx table).
  const last = hmtx[hmtx.length - 1]?.advance ?? 0;
  return (cp) => {
    const id = cmap.lookup(cp);
    return { id, advance: hmtx[id]?.advance ?? last };
  };
}

/** The metrics of a font file, read once per process. */
export function metricsOf(file: string): Metrics {
  const hit = cache.get(file);
  if (hit) return hit;
  const font = openFont(file);
  const upem = font.unitsPerEm;
  const read = glyphMetrics(font);
  // Flat tables over the whole BMP: measuring and drawing look up every character of the dossier.
  const advance = new Float64Array(0x10000).fill(read(0x6e).advance / upem);
  const glyph = new Uint16Array(0x10000);
  for (const cp of font.characterSet) {
    if (cp >= 0x10000) continue;
    const g = read(cp);
    advance[cp] = g.advance / upem;
    glyph[cp] = g.id;
  }
  const kernUnits = pairKerning((font as unknown as { GPOS?: Gpos }).GPOS, (font as unknown as { numGlyphs?: number }).numGlyphs ?? 0x10000);
  const m: Metrics = { font, unitsPerEm: upem, advance, glyph, kern: (l, r) => kernUnits(l, r) / upem, ascender: font.ascent / upem, lineHeight: (font.ascent - font.descent) / upem };
  cache.set(file, m);
  return m;
}

/** Whether the character pair (code units `a` then `b`) is kerned: not after a space, as pdfkit lays out word by word. */
export const kernsAfter = (a: number): boolean => a !== 0x20 && a !== 0x09;

/** The advance width of `text` in `file` at `fontSize`, in points, with the font's pair kerning. */
export function widthIn(file: string, text: string, fontSize: number): number {
  const m = metricsOf(file);
  let em = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    em += m.advance[c] ?? 0;
    if (prev >= 0 && kernsAfter(prev)) em += m.kern(m.glyph[prev] ?? 0, m.glyph[c] ?? 0);
    prev = c;
  }
  return em * fontSize;
}

/** Titillium's advances (em) by UTF-16 code unit, regular or bold: what lines.ts measures with. */
export const advances = (bold: boolean): Float64Array => metricsOf(bold ? FONT_FILES.bold : FONT_FILES.normal).advance;

/** The width of `text` in Titillium, in points, without kerning: for breaking lines and sizing columns. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const advance = advances(bold);
  let em = 0;
  for (let i = 0; i < text.length; i++) em += advance[text.charCodeAt(i)] ?? 0;
  return em * fontSize;
}

/** The height of one line of Titillium in points, with the style's `lineHeight` factor. */
export function lineHeight(fontSize: number, factor: number, bold = false): number {
  return metricsOf(bold ? FONT_FILES.bold : FONT_FILES.normal).lineHeight * fontSize * factor;
}
