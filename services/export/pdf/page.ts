import type { ExportSection } from '../../../core';
import { anchorId } from './blocks';
import type { PageFurniture } from './layout/flow';
import type { Node } from './layout/nodes';
import { widthIn } from './measure';
import { COLOR, CONTENT_WIDTH, PAGE_MARGINS, TOC_LAYOUT } from './styles';
import { TEXT, textLine, textLines } from './text';
import { FONT_FILES } from './fonts';

/** The widest page number the table of contents makes room for. */
const NUMBER_WIDTH = widthIn(FONT_FILES.normal, '00000', TEXT.tocEntry.size);
const ENTRY_WIDTH = CONTENT_WIDTH - TOC_LAYOUT.paddingRight(0, 2) - TOC_LAYOUT.paddingLeft(1, 2) - NUMBER_WIDTH;

/**
 * The table of contents on its own page: one entry per section with its page number (filled in when
 * the pages are drawn), each a link to the section's title, which is also a bookmark.
 */
export function tocContent(sections: readonly ExportSection[]): Node {
  const body = sections.map((s, i) => {
    const lines = textLines(s.title, TEXT.tocEntry, ENTRY_WIDTH, true).map((l) => ({ ...l, marks: { linkTo: anchorId(i) } }));
    const page = textLine('00000', { ...TEXT.tocEntry, align: 'right' }, { linkTo: anchorId(i), pageOf: anchorId(i) });
    return [{ kind: 'text', lines, margin: [0, 3, 0, 3] }, { kind: 'text', lines: [page], margin: [0, 3, 0, 3] }] as const;
  });
  return {
    kind: 'stack',
    pageBreakBefore: true,
    tag: { role: 'Sect' },
    items: [
      { kind: 'text', lines: textLines('Indice', TEXT.tocTitle, CONTENT_WIDTH, true), margin: [0, 0, 0, 14], tag: { role: 'H1' } },
      { kind: 'table', widths: [ENTRY_WIDTH, NUMBER_WIDTH], body, headerRows: 0, keepWithHeaderRows: 0, dontBreakRows: true, layout: TOC_LAYOUT, tag: { role: 'TOC' }, cells: 'toc' },
    ],
  };
}

/** The running header of every page after the cover: the project and its proposer, over a rule. */
export function pageHeader(text: string): PageFurniture {
  const lines = textLines(text, TEXT.pageHeader, CONTENT_WIDTH, true);
  return (page) =>
    page === 1
      ? null
      : {
          kind: 'stack',
          items: [
            { kind: 'text', lines },
            { kind: 'canvas', shapes: [{ type: 'line', x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, width: 0.5, color: COLOR.rule }] },
          ],
          margin: [PAGE_MARGINS[0], 34, PAGE_MARGINS[2], 0],
        };
}

/**
 * "pagina X di Y" on every page, the cover included: the numbers of the table of contents count
 * from the cover too, so the footer counts the same way.
 */
export const pageFooter: PageFurniture = (page, count) => ({
  kind: 'text',
  lines: [textLine(`pagina ${page} di ${count}`, TEXT.pageFooter)],
  margin: [PAGE_MARGINS[0], 22, PAGE_MARGINS[2], 0],
});
