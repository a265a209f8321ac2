import { LineRuleType, type IStylesOptions } from 'docx';

/** The dossier's typeface: it has every Italian letter. Not embedded: see FALLBACK_FONT. */
export const FONT = 'Titillium Web';
/** Named in the font table as FONT's alternative, for computers without Titillium Web (package-parts.ts). */
export const FALLBACK_FONT = 'Arial';
/** The language of every text, for Word's and LibreOffice's spelling and hyphenation. */
export const LANGUAGE = 'it-IT';

/** A4 portrait in twips, with 2 cm side margins: the PDF dossier's page. */
export const PAGE = { width: 11906, height: 16838, top: 1418, bottom: 1134, side: 1134 } as const;
/** The width tables share out. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;

/** Colours (RGB hex): the headings' blue, muted grey for secondary text, table fills and the charts' bars. */
export const COLOR = {
  heading: '1F3A5F',
  muted: '5A6872',
  border: 'A6B4C2',
  headerFill: 'D9E2EC',
  footerFill: 'EEF2F6',
  labelFill: 'F3F6F9',
  bar: '2F6DB5',
} as const;

/** Tables and charts of up to this many rows are kept on one page: their rows are read together. */
export const KEEP_TOGETHER_ROWS = 12;

/** Half-points, as Word counts font sizes. */
export const SIZE = { body: 20, fields: 18, table: 16, dense: 14, small: 14, gantt: 12 } as const;

/** Paragraph style ids of the dossier's own styles. */
export const STYLE = { caption: 'Didascalia', cell: 'TestoTabella', tocTitle: 'TitoloIndice', cover: 'Copertina' } as const;

const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

/**
 * The document's styles. The language sits on the document defaults so every paragraph, cell,
 * header and footer is spell-checked as Italian; headings carry outline levels so Word's navigation
 * pane and the table of contents find them.
 */
export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font, size: SIZE.body, language: { value: LANGUAGE } },
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font, size: 32, bold: true, color: COLOR.heading },
      paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font, size: 24, bold: true, color: COLOR.heading },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 1 },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.caption, name: 'Didascalia tabella', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { bold: true, size: 18, color: COLOR.heading },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.cell, name: 'Testo tabella', basedOn: 'Normal', quickFormat: true,
      run: { size: SIZE.table },
      paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.tocTitle, name: 'Titolo indice', basedOn: 'Normal', next: 'Normal',
      run: { size: 32, bold: true, color: COLOR.heading },
      paragraph: { spacing: { after: 240 } },
    },
    {
      id: STYLE.cover, name: 'Copertina', basedOn: 'Normal', next: STYLE.cover,
      run: { size: 22, color: COLOR.muted },
      paragraph: { spacing: { after: 80 } },
    },
  ],
};
