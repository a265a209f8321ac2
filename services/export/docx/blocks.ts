import { Paragraph, Table, type FileChild } from 'docx';
import type { Block, ExportSection } from '../../../core';
import { barsTable, ganttTable } from './charts';
import type { Outline } from './outline';
import { dataTable, fieldsTable } from './tables';
import { paragraphs } from './text';

/** One block of the model as document content; subheadings become Heading 2 in the outline. */
export function blockContent(block: Block, outline: Outline): FileChild[] {
  switch (block.kind) {
    case 'subheading': return [outline.heading(block.text, 2)];
    case 'paragraph': return paragraphs(block.text);
    case 'fields': return fieldsTable(block);
    case 'table': return dataTable(block);
    case 'gantt': return ganttTable(block);
    case 'bars': return barsTable(block);
  }
}

/** Word merges two tables that touch; a small empty paragraph keeps each one its own. */
const spacer = (): Paragraph => new Paragraph({ spacing: { before: 0, after: 0, line: 120 }, children: [] });

/**
 * A section: a real Heading 1 (for the navigation pane and the table of contents), then its blocks.
 * The first one starts the page after the table of contents.
 */
export function sectionContent(section: ExportSection, index: number, outline: Outline): FileChild[] {
  const heading = outline.heading(section.title, 1, { pageBreakBefore: index === 0 });
  const content = section.blocks.flatMap((b) => blockContent(b, outline)).flatMap((child) => (child instanceof Table ? [child, spacer()] : [child]));
  return [heading, ...content];
}
