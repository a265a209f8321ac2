import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Block, ExportSection } from '../../../core';
import { keepWithNext } from './caption';
import { barsContent } from './charts';
import { ganttContent } from './gantt';
import { fitText } from './glyphs';
import { TEXT, styled } from './inline';
import { CONTENT_WIDTH, FIELDS_LAYOUT } from './styles';
import { tableContent } from './table';

type FieldsBlock = Extract<Block, { kind: 'fields' }>;

const FIELD_LABEL_WIDTH = 150;
/** FIELDS_LAYOUT pads the value column by 8 points on the left. */
const FIELD_VALUE_WIDTH = CONTENT_WIDTH - FIELD_LABEL_WIDTH - 8;

/** Label and value pairs: a borderless two-column table, the label in bold. */
function fieldsContent(block: FieldsBlock): Content {
  const body: TableCell[][] = block.rows.map(([label, value]) => [styled(label, TEXT.label, FIELD_LABEL_WIDTH), styled(value, TEXT.value, FIELD_VALUE_WIDTH)]);
  if (body.length === 0) return [];
  // Short values stay whole on one page; a long free text (e.g. many ambiti) may split.
  const short = block.rows.every(([, value]) => value.length < 600);
  return { table: { widths: [FIELD_LABEL_WIDTH, FIELD_VALUE_WIDTH], body, dontBreakRows: short }, layout: FIELDS_LAYOUT, margin: [0, 0, 0, 8] };
}

/**
 * A paragraph of free text. Blank lines separate paragraphs, single line breaks are kept; pdfmake
 * breaks the text between lines, so a long text flows across pages. Ragged right, as the
 * accessibility guidelines advise (justified text leaves uneven gaps that slow reading).
 */
function paragraphContent(text: string): Content {
  return text
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '')
    .map((p) => ({ ...styled(p, TEXT.paragraph, CONTENT_WIDTH), margin: [0, 0, 0, 6] }));
}

/** One block of the export model as pdfmake content. */
function blockContent(block: Block): Content {
  switch (block.kind) {
    case 'subheading':
      return { ...styled(block.text, TEXT.h2), margin: [0, 10, 0, 4] };
    case 'paragraph':
      return paragraphContent(block.text);
    case 'fields':
      return fieldsContent(block);
    case 'table':
      return tableContent(block);
    case 'gantt':
      return ganttContent(block);
    case 'bars':
      return barsContent(block);
  }
}

/**
 * A section: a new page, its title (an entry of the table of contents and a bookmark), its blocks.
 * A subheading followed by a paragraph is kept with the paragraph's first lines.
 */
export function sectionContent(section: ExportSection): Content {
  const content: Content[] = [{ text: fitText(section.title), style: 'h1', tocItem: true, pageBreak: 'before' }];
  const blocks = section.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (!block) continue;
    if (block.kind === 'subheading' && next?.kind === 'paragraph') {
      // Never one unbreakable block: a paragraph moved whole would leave up to half a page empty.
      content.push(keepWithNext(block.text, 'h2', { stack: [paragraphContent(next.text)] }, Infinity));
      i++;
    } else {
      content.push(blockContent(block));
    }
  }
  return content;
}
