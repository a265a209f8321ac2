import { FONT_FILES, openFont } from './fonts';

interface Metrics {
  /** Advance widths in em, by UTF-16 code unit; characters without a glyph count as the letter "n". */
  readonly advance: Float64Array;
  /** The height of a line in em, as pdfkit computes it (ascent to descent, no line gap). */
  readonly lineHeight: number;
}

const cache = new Map<string, Metrics>();

function metrics(bold: boolean): Metrics {
  const file = bold ? FONT_FILES.bold : FONT_FILES.normal;
  const hit = cache.get(file);
  if (hit) return hit;
  const font = openFont(file);
  // A flat table over the whole BMP (512 KiB): measuring runs over every character of the dossier.
  const advance = new Float64Array(0x10000).fill(font.glyphForCodePoint(0x6e).advanceWidth / font.unitsPerEm);
  for (const cp of font.characterSet) if (cp < 0x10000) advance[cp] = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
  const m = { advance, lineHeight: (font.ascent - font.descent) / font.unitsPerEm };
  cache.set(file, m);
  return m;
}

/**
 * The width of `text` in Titillium, in points, without kerning. Used to size columns and break
 * lines before pdfmake lays them out.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const { advance } = metrics(bold);
  let em = 0;
  for (let i = 0; i < text.length; i++) em += advance[text.charCodeAt(i)] ?? 0;
  return em * fontSize;
}

/** The height of one line of text in points, as pdfmake lays it out with `lineHeight`. */
export function lineHeight(fontSize: number, factor: number, bold = false): number {
  return metrics(bold).lineHeight * fontSize * factor;
}
