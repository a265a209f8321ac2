/**
 * The logical structure of the dossier (tagged PDF, ISO 32000-1:2008, 14.7 and 14.8): a tree of
 * structure elements made while the flow lays the nodes out, in reading order, and the marks the
 * laid-out items carry: the element a text or a figure's shape belongs to, or an artifact (page
 * furniture, rules and fills) that is not part of the content.
 */

/** The standard structure types the dossier uses (ISO 32000-1, 14.8.4). */
export type Role =
  | 'Document' | 'Sect' | 'Div' | 'H1' | 'H2' | 'H3' | 'P' | 'Caption' | 'Figure'
  | 'Table' | 'TR' | 'TH' | 'TD' | 'TOC' | 'TOCI' | 'Reference' | 'Link' | 'L' | 'LI' | 'LBody';

/** What a node asks of the structure: an element of this role around its content. */
export interface Tag {
  readonly role: Role;
  /** Alternate description (Figure). */
  readonly alt?: string;
}

/** A marked-content sequence of a page: the page's index and its MCID there. */
export interface ContentRef {
  readonly page: number;
  readonly mcid: number;
}

/** A link annotation that is a content item of an element (an OBJR), by the page it is on. */
export interface AnnotationRef {
  readonly page: number;
  readonly annotation: unknown;
}

const NONE = {};

/** A structure element. Child elements are added as the layout makes them, content as the pages are painted. */
export class StructElem {
  readonly kids: Array<StructElem | ContentRef | AnnotationRef> = [];

  constructor(
    readonly role: Role,
    readonly parent: StructElem | null,
    readonly attributes: { readonly alt?: string; readonly scope?: 'Row' | 'Column'; readonly colSpan?: number } = NONE,
  ) {
    parent?.kids.push(this);
  }

  /** A child element made now, after the children already made. */
  child(role: Role, attributes?: StructElem['attributes']): StructElem {
    return new StructElem(role, this, attributes);
  }
}

/** Page furniture: repeated on every page, read once or not at all (ISO 32000-1, 14.8.2.2.2). */
export interface Artifact {
  readonly artifact: 'Pagination' | 'Layout';
  readonly subtype?: 'Header' | 'Footer';
}

export const HEADER_ARTIFACT: Artifact = { artifact: 'Pagination', subtype: 'Header' };
export const FOOTER_ARTIFACT: Artifact = { artifact: 'Pagination', subtype: 'Footer' };
/** A table's header row repeated at the top of a later page. */
export const REPEATED_ARTIFACT: Artifact = { artifact: 'Pagination' };
/** Rules, fills and other shapes that only lay the page out. */
export const LAYOUT_ARTIFACT: Artifact = { artifact: 'Layout' };

/** What an item on a page is: part of an element's content, or an artifact. */
export type Mark = StructElem | Artifact;

/** How a table's cells are tagged: the first row as column headers, the first column as row headers, or a table of contents. */
export type CellTags = 'header-row' | 'header-column' | 'toc';
