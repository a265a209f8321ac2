import { Paragraph, TableOfContents, TextRun, type FileChild, type IRunOptions } from 'docx';
import type { ExportModel } from '../../../core';
import type { TocEntry } from './outline';
import { runs } from './text';
import { COLOR, STYLE } from './theme';

type Run = Omit<IRunOptions, 'text' | 'children' | 'break'>;

const line = (text: string, run: Run = {}, spacing: { before?: number; after?: number } = {}): Paragraph =>
  new Paragraph({ style: STYLE.cover, spacing, children: runs(text, run) });

/** "Label: value", the label in bold, for the cover's data lines. */
const datum = (label: string, value: string, size?: number): Paragraph =>
  new Paragraph({ style: STYLE.cover, children: [new TextRun({ text: `${label}: `, bold: true, color: COLOR.heading, size }), ...runs(value, { color: '000000', size })] });

/** About how many characters of the cover's 11 pt text fit on a line of the page. */
const CHARS_PER_LINE = 90;

/**
 * The cover page, as the PDF's: the call, its act and programme, then the project and who proposes
 * it. Plain paragraphs, not headings, so the cover stays out of the table of contents. A long list
 * of aggregated bodies (thirty Comuni fill ten lines) takes the blank space and a smaller size, so
 * the cover stays on one page.
 */
export function coverContent(cover: ExportModel['cover']): FileChild[] {
  const bodyLines = Math.ceil(cover.body.length / CHARS_PER_LINE);
  const squeeze = Math.min(1, Math.max(0, (bodyLines - 3) / 8));
  const gap = (twips: number) => Math.round(twips * (1 - 0.75 * squeeze));
  const bodySize = bodyLines > 6 ? 18 : undefined;
  return [
    line(cover.call, { size: 30, bold: true, color: COLOR.heading }, { before: gap(600), after: 160 }),
    line(cover.act),
    line(cover.programme),
    line('Proposta progettuale', { size: 20, allCaps: true, color: COLOR.muted }, { before: gap(2400), after: 120 }),
    line(cover.title, { size: 44, bold: true, color: '000000' }, { after: 200 }),
    ...(cover.acronym ? [line(cover.acronym, { size: 30, bold: true, color: COLOR.heading }, { after: gap(1200) })] : [line('', {}, { after: gap(1200) })]),
    datum(cover.bodyKind, cover.body, bodySize),
    datum('CUP', cover.cup),
    datum('Data', cover.date),
    datum('Versione', cover.version),
  ];
}

/**
 * The table of contents on its own page: a TOC field over Heading 1 and 2 with hyperlinks, written
 * with an entry per heading so it is never empty. The page numbers are Word's to fill: it updates the
 * field on opening (`updateFields`); LibreOffice does on Strumenti > Aggiorna > Aggiorna tutto.
 */
export function tocContent(entries: readonly TocEntry[]): FileChild[] {
  return [
    new Paragraph({ style: STYLE.tocTitle, pageBreakBefore: true, children: runs('Indice') }),
    new TableOfContents('Indice', { hyperlink: true, headingStyleRange: '1-2', cachedEntries: entries }),
  ];
}
