import { BookmarkEnd, BookmarkStart, HeadingLevel, Paragraph, type IParagraphOptions, type ParagraphChild, type TableOfContents } from 'docx';
import { clean, runs } from './text';

type TocOptions = NonNullable<ConstructorParameters<typeof TableOfContents>[1]>;
/** An entry of the table of contents as docx takes it: title, level and the bookmark it links to. */
export type TocEntry = NonNullable<TocOptions['cachedEntries']>[number];

const LEVEL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2 } as const;

/**
 * The headings of one document, with bookmarks numbered from 1 in document order.
 *
 * docx can bookmark headings for its table of contents by itself, but takes the numbers from a
 * counter shared by the whole process, so the second export of the same proposal would get other
 * bookmark names and other bytes. Numbering them here keeps every export of a model identical.
 */
export class Outline {
  private readonly list: TocEntry[] = [];

  /** A Heading 1 or 2 paragraph, bookmarked and recorded for the table of contents. */
  heading(text: string, level: 1 | 2, options: Omit<IParagraphOptions, 'children' | 'text' | 'heading'> = {}): Paragraph {
    const id = this.list.length + 1;
    const name = `_Toc${id}`;
    this.list.push({ title: clean(text).replace(/\s+/g, ' ').trim(), level, href: name });
    // BookmarkStart and BookmarkEnd are paragraph content at run level; docx's ParagraphChild type omits them.
    const start = new BookmarkStart(name, id) as unknown as ParagraphChild;
    const end = new BookmarkEnd(id) as unknown as ParagraphChild;
    return new Paragraph({ ...options, heading: LEVEL[level], children: [start, ...runs(text), end] });
  }

  /** The headings so far, as the table of contents lists them before Word updates it. */
  get entries(): readonly TocEntry[] {
    return this.list;
  }
}
