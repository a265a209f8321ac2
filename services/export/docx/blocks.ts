import { Paragraph, Table, type FileChild } from 'docx';
import type { Block, ExportSection } from '../../../core';
import { LazyTable } from './cells';
import { barsTable, ganttTable } from './charts';
import type { Outline } from './outline';
import { dataTable, fieldsTable } from './tables';
import { paragraphs } from './text';

/** What the body holds: docx's paragraphs and tables, and long tables made row by row. */
export type BodyChild = FileChild | LazyTable;

/** One block of the model as document content; subheadings become Heading 2 in the outline. */
export function blockContent(block: Block, outline: Outline): BodyChild[] {
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
 * A section: a real Heading 1 (for the navigation pane and the table of contents), then its blocks,
 * made one block at a time as the document is written. The first one starts the page after the
 * table of contents.
 */
export function* sectionContent(section: ExportSection, index: number, outline: Outline): Generator<BodyChild> {
  yield outline.heading(section.title, 1, { pageBreakBefore: index === 0 });
  for (const block of section.blocks) {
    for (const child of blockContent(block, outline)) {
      yield child;
      if (child instanceof Table || child instanceof LazyTable) yield spacer();
    }
  }
}
