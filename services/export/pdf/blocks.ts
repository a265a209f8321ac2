import type { Block, ExportSection } from '../../../core';
import { keepWithNext } from './caption';
import { barsContent } from './charts';
import { ganttContent } from './gantt';
import { stack, type Node } from './layout/nodes';
import { CONTENT_WIDTH, FIELDS_LAYOUT } from './styles';
import { TEXT, styled, textLines } from './text';
import { tableContent } from './table';

type FieldsBlock = Extract<Block, { kind: 'fields' }>;

const FIELD_LABEL_WIDTH = 150;
/** FIELDS_LAYOUT pads the value column by 8 points on the left. */
const FIELD_VALUE_WIDTH = CONTENT_WIDTH - FIELD_LABEL_WIDTH - 8;

/** Label and value pairs: a borderless two-column table, the label in bold. */
function fieldsContent(block: FieldsBlock): Node {
  if (block.rows.length === 0) return stack([]);
  const body = block.rows.map(([label, value]) => [styled(label, TEXT.label, FIELD_LABEL_WIDTH), styled(value, TEXT.value, FIELD_VALUE_WIDTH)]);
  // Short values stay whole on one page; a long free text (e.g. many ambiti) may split.
  const short = block.rows.every(([, value]) => value.length < 600);
  return {
    kind: 'table', widths: [FIELD_LABEL_WIDTH, FIELD_VALUE_WIDTH], body, headerRows: 0, keepWithHeaderRows: 0, dontBreakRows: short, layout: FIELDS_LAYOUT, margin: [0, 0, 0, 8],
    tag: { role: 'Table' }, cells: 'header-column',
  };
}

/**
 * A paragraph of free text. Blank lines separate paragraphs, single line breaks are kept; the text
 * breaks between lines, so a long text flows across pages. Ragged right, as the accessibility
 * guidelines advise (justified text leaves uneven gaps that slow reading).
 */
function paragraphContent(text: string): Node {
  return stack(text
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '')
    .map((p): Node => ({ ...styled(p, TEXT.paragraph, CONTENT_WIDTH), margin: [0, 0, 0, 6], tag: { role: 'P' } })));
}

/** One block of the export model (the dossier's sections and the partner summary). */
export function blockContent(block: Block): Node {
  switch (block.kind) {
    case 'subheading':
      return { ...styled(block.text, TEXT.h2, CONTENT_WIDTH, true), margin: [0, 10, 0, 4], tag: { role: 'H2' } };
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

/** The id of a section's title: its destination, and the target of its entry in the table of contents. */
export const anchorId = (index: number): string => `toc-_default_-${index}`;

/**
 * A section: a new page, its title (an entry of the table of contents and a bookmark), its blocks.
 * A subheading followed by a paragraph is kept with the paragraph's first lines.
 */
export function sectionContent(section: ExportSection, index: number): Node {
  const [first, ...rest] = textLines(section.title, TEXT.h1, CONTENT_WIDTH, true);
  const anchor = { id: anchorId(index), title: section.title };
  const title: Node = { kind: 'text', lines: first ? [{ ...first, marks: { anchor } }, ...rest] : [], margin: [0, 0, 0, 10], pageBreakBefore: true, tag: { role: 'H1' } };
  const content: Node[] = [title];
  const blocks = section.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (!block) continue;
    if (block.kind === 'subheading' && next?.kind === 'paragraph') {
      // Never one unbreakable block: a paragraph moved whole would leave up to half a page empty.
      content.push(keepWithNext(block.text, 'h2', paragraphContent(next.text), Infinity, 'H2'));
      i++;
    } else {
      content.push(blockContent(block));
    }
  }
  return stack(content, { tag: { role: 'Sect' } });
}
