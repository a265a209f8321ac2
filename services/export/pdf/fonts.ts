import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);

/** The font family of the dossier: Titillium Web, the typeface of the Italian public administration. */
export const FONT = 'Titillium';
/**
 * Roboto, shipped with pdfmake, draws the few characters Titillium lacks (≥, ≤, Greek letters…):
 * a character without a glyph would print as an empty box and break PDF/A.
 */
export const FALLBACK_FONT = 'Roboto';

const titilliumDir = join(dirname(require.resolve('bootstrap-italia/package.json')), 'dist', 'fonts', 'Titillium_Web');
const robotoDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const titillium = (weight: string): string => join(titilliumDir, `titillium-web-v10-latin-ext_latin-${weight}.ttf`);

/** Regular, semibold (600) for bold: Titillium's 700 is too heavy at table sizes. */
export const FONT_FILES = {
  normal: titillium('regular'),
  bold: titillium('600'),
  italics: titillium('italic'),
  bolditalics: titillium('600italic'),
} as const;

export const FALLBACK_FILES = {
  normal: join(robotoDir, 'Roboto-Regular.ttf'),
  bold: join(robotoDir, 'Roboto-Medium.ttf'),
  italics: join(robotoDir, 'Roboto-Italic.ttf'),
  bolditalics: join(robotoDir, 'Roboto-MediumItalic.ttf'),
} as const;

/** The fonts of the document, as pdfmake wants them (local paths, embedded as subsets by pdfkit). */
export function fontDictionary(): TFontDictionary {
  return { [FONT]: { ...FONT_FILES }, [FALLBACK_FONT]: { ...FALLBACK_FILES } };
}

/** Every font file the renderer may read: pdfmake's local access policy allows these and no other. */
export const FONT_PATHS: ReadonlySet<string> = new Set([...Object.values(FONT_FILES), ...Object.values(FALLBACK_FILES)]);

/** The parts of a fontkit font the renderer reads. */
export interface FontkitFont {
  readonly characterSet: readonly number[];
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  glyphForCodePoint(cp: number): { readonly advanceWidth: number };
}

/** fontkit is pdfkit's own font parser: resolved from pdfkit so it is the copy pdfkit embeds with. */
export function openFont(path: string): FontkitFont {
  const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { openSync(p: string): FontkitFont };
  return fontkit.openSync(path);
}

/** The code points that every style of a family draws (the intersection of their character maps). */
export function familyCoverage(files: Readonly<Record<string, string>>): Set<number> {
  const sets = Object.values(files).map((f) => new Set(openFont(f).characterSet));
  const [first, ...rest] = sets;
  return new Set([...(first ?? [])].filter((cp) => rest.every((s) => s.has(cp))));
}
