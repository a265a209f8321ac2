/**
 * The visible signature on the last page: a box with "Firmato digitalmente da NOME COGNOME (CF) il
 * GG/MM/AAAA" in Titillium Web (the font of the dossier), embedded so that every reader and PDF/A
 * shows the same glyphs. Each further signer's box goes above the previous ones.
 */
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import {
  PDFArray, PDFDict, PDFName, type PDFDocument, type PDFFont, type PDFOperator, type PDFPage, type PDFRef,
  popGraphicsState, pushGraphicsState, rectangle, setFillingRgbColor, setLineWidth, setStrokingRgbColor, stroke,
  beginText, endText, setFontAndSize, moveText, showText,
} from 'pdf-lib';
import { formatDate } from '../../core/export/format';
import { FONT_FILES } from '../export/pdf/fonts';

/** Points; the bottom and side margins clear the dossier's footer ("pagina N di M"). */
const BOX = { width: 260, margin: 56, bottom: 46, gap: 6, fontSize: 8.5, padding: 6, leading: 11 } as const;

/** The sentence of the visible signature; the date is the signing day in Italy. */
export function signatureStampText(name: string, fiscalCode: string | undefined, signingTime: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(signingTime);
  return `Firmato digitalmente da ${name}${fiscalCode ? ` (${fiscalCode})` : ''} il ${formatDate(day)}`;
}

/** Splits `text` into lines that fit `width` at `size`, breaking at spaces. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** How many signature widgets the page already carries (each new box goes above them). */
function signatureWidgets(doc: PDFDocument, page: PDFPage): number {
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  return (annots?.asArray() ?? []).filter((ref) => {
    const annot = doc.context.lookup(ref);
    return annot instanceof PDFDict && annot.get(PDFName.of('FT')) === PDFName.of('Sig');
  }).length;
}

/** The appearance stream (a form XObject) and the rectangle of the widget on `page`. */
export interface Appearance {
  ref: PDFRef;
  rect: [number, number, number, number];
}

/**
 * Embeds the font (subset) and registers the appearance of the signature box for `page`. The caller
 * adds the widget; `doc.flush()` must run before saving so that the font objects exist.
 */
export async function addSignatureAppearance(doc: PDFDocument, page: PDFPage, text: string): Promise<Appearance> {
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(await readFile(FONT_FILES.normal), { subset: true });
  const { width: pageWidth } = page.getSize();
  const width = Math.min(BOX.width, pageWidth - 2 * BOX.margin);
  const lines = wrap(text, font, BOX.fontSize, width - 2 * BOX.padding);
  const height = lines.length * BOX.leading + 2 * BOX.padding;
  const below = signatureWidgets(doc, page);
  const x = pageWidth - BOX.margin - width;
  const y = BOX.bottom + below * (height + BOX.gap);

  const fontName = PDFName.of('FSig');
  const operators: PDFOperator[] = [
    pushGraphicsState(),
    setLineWidth(0.6),
    setStrokingRgbColor(0, 0.4, 0.8),
    rectangle(0.3, 0.3, width - 0.6, height - 0.6),
    stroke(),
    setFillingRgbColor(0.1, 0.1, 0.1),
    beginText(),
    setFontAndSize(fontName, BOX.fontSize),
    moveText(BOX.padding, height - BOX.padding - BOX.fontSize),
    ...lines.flatMap((line, i) => [...(i > 0 ? [moveText(0, -BOX.leading)] : []), showText(font.encodeText(line))]),
    endText(),
    popGraphicsState(),
  ];
  const stream = doc.context.formXObject(operators, {
    BBox: [0, 0, width, height],
    Resources: { Font: { [fontName.asString().slice(1)]: font.ref } },
  });
  return { ref: doc.context.register(stream), rect: [x, y, x + width, y + height].map((n) => Number(n.toFixed(2))) as Appearance['rect'] };
}
