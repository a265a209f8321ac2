import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { runs } from './text';
import { COLOR, PAGE, SIZE } from './theme';

const rule = { style: BorderStyle.SINGLE, size: 4, color: COLOR.border, space: 4 };
const small = { size: SIZE.small, color: COLOR.muted };

/** The running header: the model's header text over a thin rule. */
const header = (text: string): Header =>
  new Header({ children: [new Paragraph({ border: { bottom: rule }, spacing: { after: 0 }, children: runs(text, small) })] });

/** "pagina X di Y", both fields, so the numbers stay right after the officer edits the document. */
const footer = (): Footer =>
  new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.RIGHT,
      border: { top: rule },
      children: [new TextRun({ ...small, children: ['pagina ', PageNumber.CURRENT, ' di ', PageNumber.TOTAL_PAGES] })],
    })],
  });

/** An empty header or footer for the cover, which has none. */
const blank = () => ({ children: [new Paragraph({ children: [] })] });

/**
 * Page size, margins, header and footer of the one section. The cover is the section's "first page",
 * so it goes without header and footer while the page count still includes it, as in the PDF.
 */
export function pageSetup(headerText: string): Omit<ISectionOptions, 'children'> {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side, header: 567, footer: 567 },
      },
    },
    headers: { default: header(headerText), first: new Header(blank()) },
    footers: { default: footer(), first: new Footer(blank()) },
  };
}
