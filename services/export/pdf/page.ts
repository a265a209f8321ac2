import type { Content, DynamicContent, TableOfContent } from 'pdfmake/interfaces';
import { fitText } from './glyphs';
import { COLOR, CONTENT_WIDTH, PAGE_MARGINS } from './styles';

/**
 * The table of contents on its own page: one entry per section with its page number, and the
 * same entries as PDF bookmarks (`outlines`).
 */
export function tocContent(): Content {
  const toc: TableOfContent & { outlines: boolean } = {
    title: { text: 'Indice', style: 'tocTitle' },
    textStyle: 'tocEntry',
    numberStyle: 'tocEntry',
    textMargin: [0, 3, 0, 3],
    outlines: true,
  };
  return { toc, pageBreak: 'before' };
}

/** The running header of every page after the cover: the project and its proposer, over a rule. */
export function pageHeader(text: string): DynamicContent {
  const fitted = fitText(text);
  return (page) =>
    page === 1
      ? null
      : {
          stack: [
            { text: fitted, style: 'pageHeader' },
            { canvas: [{ type: 'line', x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, lineWidth: 0.5, lineColor: COLOR.rule }] },
          ],
          margin: [PAGE_MARGINS[0], 34, PAGE_MARGINS[2], 0],
        };
}

/**
 * "pagina X di Y" on every page, the cover included: the numbers of the table of contents are
 * those pdfmake counts from the cover, so the footer counts the same way.
 */
export const pageFooter: DynamicContent = (page, count) => ({
  text: `pagina ${page} di ${count}`,
  style: 'pageFooter',
  alignment: 'right',
  margin: [PAGE_MARGINS[0], 22, PAGE_MARGINS[2], 0],
});
