import { LAYOUT_ARTIFACT, StructElem, type AnnotationRef, type ContentRef, type Mark } from './layout/structure';

/**
 * The tagged-PDF side of painting (ISO 32000-1:2008, 14.6 to 14.8): marked-content sequences in
 * each page's content stream, each with an MCID that the page's entry of the parent tree maps back
 * to its element, and the structure tree written as indirect objects when the pages are done.
 */

/** pdfkit's indirect object (0.19). */
interface PdfRef {
  readonly data: Record<string, unknown>;
  end(): void;
}

/** The members of pdfkit's document (0.19) the structure needs; `tagged: true` made the MarkInfo and the StructTreeRoot. */
export interface TaggedPdfKit {
  ref(data: Record<string, unknown>): PdfRef;
  readonly page: { readonly dictionary: PdfRef; readonly structParentTreeKey: number; readonly annotations: PdfRef[] };
  createStructParentTreeNextKey(): number;
  getStructTreeRoot(): PdfRef;
  getStructParentTree(): { add(key: number, value: unknown): void };
}

/** A mark's tag and properties in the content stream: `/TD <</MCID 3>> BDC`, `/Artifact <</Type /Pagination …>> BDC`. */
function beginOperator(mark: Mark, mcid: number): string {
  if (mark instanceof StructElem) return `/${mark.role} <</MCID ${mcid}>> BDC`;
  if (mark === LAYOUT_ARTIFACT) return '/Artifact BMC';
  return `/Artifact <</Type /${mark.artifact}${mark.subtype ? ` /Subtype /${mark.subtype}` : ''}>> BDC`;
}

/**
 * The marked-content sequences of one page. Consecutive items with the same mark (a paragraph's
 * lines, a page's rules) share one sequence. `end` is called before a sequence begins or ends: a
 * sequence and a text object (BT … ET) must nest (ISO 32000-1, 14.6.1), so the painter closes its
 * text object there.
 */
export class PageMarks {
  private open: Mark | undefined;
  /** The element of each MCID of the page, in order. */
  readonly parents: StructElem[] = [];

  constructor(readonly page: number) {}

  /** The operators that switch to `mark` (nothing when it is already current). */
  enter(mark: Mark, ops: string[], endText: () => void): void {
    if (mark === this.open) return;
    endText();
    if (this.open !== undefined) ops.push('EMC');
    this.open = mark;
    const mcid = this.parents.length;
    if (mark instanceof StructElem) {
      this.parents.push(mark);
      mark.kids.push({ page: this.page, mcid });
    }
    ops.push(beginOperator(mark, mcid));
  }

  close(ops: string[], endText: () => void): void {
    if (this.open === undefined) return;
    endText();
    ops.push('EMC');
    this.open = undefined;
  }
}

/** What painting learnt about each page: its dictionary and its MCIDs' elements. */
export interface PageStructure {
  readonly dictionary: PdfRef;
  readonly parents: readonly StructElem[];
  /** Its key in the parent tree (StructParents), when it has marked content. */
  readonly key?: number;
}

const isContent = (k: StructElem | ContentRef | AnnotationRef): k is ContentRef => 'mcid' in k;

/** Whether an element holds content; table cells are kept even when empty, so that rows keep their columns. */
function hasContent(e: StructElem): boolean {
  if (e.role === 'TD' || e.role === 'TH') return true;
  return e.kids.some((k) => !(k instanceof StructElem) || hasContent(k));
}

/**
 * Writes the structure tree: every element with content (ISO 32000-1, 14.7.2, Table 323) under the
 * StructTreeRoot, and the parent tree (14.7.4.4): for each page, the element of each MCID; for each
 * link annotation, its Link element.
 */
export function writeStructure(doc: TaggedPdfKit, root: StructElem, pages: readonly PageStructure[], links: ReadonlyMap<number, StructElem>): void {
  const treeRoot = doc.getStructTreeRoot();
  const refs = new Map<StructElem, PdfRef>();
  const write = (e: StructElem, parent: PdfRef): PdfRef => {
    const data: Record<string, unknown> = { Type: 'StructElem', S: e.role, P: parent };
    const ref = doc.ref(data);
    refs.set(e, ref);
    const { alt, scope, colSpan } = e.attributes;
    if (alt !== undefined) data.Alt = new String(alt);
    if (scope !== undefined || colSpan !== undefined) data.A = { O: 'Table', ...(scope ? { Scope: scope } : {}), ...(colSpan ? { ColSpan: colSpan } : {}) };
    const K: unknown[] = [];
    for (const k of e.kids) {
      if (k instanceof StructElem) {
        if (hasContent(k)) K.push(write(k, ref));
        continue;
      }
      const pg = pages[k.page]?.dictionary;
      data.Pg ??= pg;
      if (!isContent(k)) K.push({ Type: 'OBJR', Obj: k.annotation, Pg: pg });
      else K.push(data.Pg === pg ? k.mcid : { Type: 'MCR', Pg: pg, MCID: k.mcid });
    }
    data.K = K;
    ref.end();
    return ref;
  };
  treeRoot.data.K = [write(root, treeRoot)];
  const tree = doc.getStructParentTree();
  for (const p of pages) if (p.key !== undefined) tree.add(p.key, p.parents.map((e) => refs.get(e) ?? null));
  for (const [key, link] of links) tree.add(key, refs.get(link) ?? null);
}
