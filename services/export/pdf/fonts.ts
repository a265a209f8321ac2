import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fromPdfkit } from './pdfkit-libs';

const require = createRequire(import.meta.url);

/** The four faces of a family; the dossier's bold is Titillium's semibold (600). */
export type Face = 'normal' | 'bold' | 'italics' | 'bolditalics';

const titilliumDir = join(dirname(require.resolve('bootstrap-italia/package.json')), 'dist', 'fonts', 'Titillium_Web');
const robotoDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const titillium = (weight: string): string => join(titilliumDir, `titillium-web-v10-latin-ext_latin-${weight}.ttf`);

/**
 * Titillium Web, the typeface of the Italian public administration, from bootstrap-italia: regular,
 * semibold (600) for bold (its 700 is too heavy at table sizes), italic.
 */
export const FONT_FILES: Readonly<Record<Face, string>> = {
  normal: titillium('regular'),
  bold: titillium('600'),
  italics: titillium('italic'),
  bolditalics: titillium('600italic'),
};

/**
 * Roboto, shipped with pdfmake, draws the few characters Titillium lacks (≥, ≤, Greek letters…): a
 * character without a glyph would print as an empty box and break PDF/A.
 */
export const FALLBACK_FILES: Readonly<Record<Face, string>> = {
  normal: join(robotoDir, 'Roboto-Regular.ttf'),
  bold: join(robotoDir, 'Roboto-Medium.ttf'),
  italics: join(robotoDir, 'Roboto-Italic.ttf'),
  bolditalics: join(robotoDir, 'Roboto-MediumItalic.ttf'),
};

export const faceOf = (bold: boolean, italics: boolean): Face => (bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal');

/** The parts of a fontkit font the renderer reads. */
export interface FontkitFont {
  readonly characterSet: readonly number[];
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  glyphForCodePoint(cp: number): { readonly id: number; readonly advanceWidth: number };
}

const opened = new Map<string, FontkitFont>();

/**
 * A font file parsed by fontkit, pdfkit's own font parser (resolved from pdfkit), once per process:
 * the layout measures with it and every document embeds its subset of it (see paint.ts).
 */
export function openFont(path: string): FontkitFont {
  let font = opened.get(path);
  if (!font) {
    const fontkit = fromPdfkit<{ openSync(p: string): FontkitFont }>('fontkit');
    opened.set(path, (font = fontkit.openSync(path)));
  }
  return font;
}

/** The code points that every face of a family draws (the intersection of their character maps). */
export function familyCoverage(files: Readonly<Record<string, string>>): Set<number> {
  const sets = Object.values(files).map((f) => new Set(openFont(f).characterSet));
  const [first, ...rest] = sets;
  return new Set([...(first ?? [])].filter((cp) => rest.every((s) => s.has(cp))));
}
