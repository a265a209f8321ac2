import { LAYOUT_ARTIFACT, StructElem, type AnnotationRef, type ContentRef, type Mark } from './layout/structure';
import { ObjectStreams, textString, type PdfRef } from './object-streams';

/**
 * The tagged-PDF side of painting (ISO 32000-1:2008, 14.6 to 14.8): marked-content sequences in
 * each page's content stream, each with an MCID that the page's entry of the parent tree maps back
 * to its element, and the structure tree written as indirect objects when the pages are done.
 */

/** The members of pdfkit's document (0.19) the structure needs; `tagged: true` made the MarkInfo and the StructTreeRoot. */
export interface TaggedPdfKit {
  readonly page: { readonly dictionary: PdfRef; readonly structParentTreeKey: number; readonly annotations: PdfRef[] };
  createStructParentTreeNextKey(): number;
  getStructTreeRoot(): PdfRef;
}

/**
 * The marked-content sequences of one page, one open at a time. Consecutive items with the same
 * mark (a paragraph's lines, a page's rules) share one sequence. The painter keeps each sequence
 * and its text objects (BT … ET) properly nested (ISO 32000-1, 14.6.1).
 */
export class PageMarks {
  /** The mark of the sequence open now. */
  current: Mark | undefined;
  /** The element of each MCID of the page, in order. */
  readonly parents: StructElem[] = [];

  constructor(readonly page: number) {}

  open(mark: Mark, ops: string[]): void {
    this.current = mark;
    if (!(mark instanceof StructElem)) {
      ops.push(mark === LAYOUT_ARTIFACT ? '/Artifact BMC' : `/Artifact <</Type /${mark.artifact}${mark.subtype ? ` /Subtype /${mark.subtype}` : ''}>> BDC`);
      return;
    }
    const mcid = this.parents.length;
    this.parents.push(mark);
    mark.kids.push({ page: this.page, mcid });
    ops.push(`/${mark.role} <</MCID ${mcid}>> BDC`);
  }

  close(ops: string[]): void {
    if (this.current === undefined) return;
    ops.push('EMC');
    this.current = undefined;
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

/** An element's attributes: its table attributes (ISO 32000-1, 14.8.5.7) and its alternate description. */
function attributesOf(e: StructElem): string {
  const { alt, scope, colSpan } = e.attributes;
  let out = alt === undefined ? '' : `/Alt ${textString(alt)}`;
  if (scope !== undefined || colSpan !== undefined) out += `/A <</O /Table${scope ? ` /Scope /${scope}` : ''}${colSpan ? ` /ColSpan ${colSpan}` : ''}>>`;
  return out;
}

/**
 * Writes the structure tree: every element with content (ISO 32000-1, 14.7.2, Table 323) under the
 * StructTreeRoot, and the parent tree (14.7.4.4): for each page, the element of each MCID; for each
 * link annotation, its Link element. The elements and the parent tree go into object streams.
 */
export function writeStructure(doc: TaggedPdfKit, root: StructElem, pages: readonly PageStructure[], links: ReadonlyMap<number, StructElem>): void {
  const treeRoot = doc.getStructTreeRoot();
  const objects = new ObjectStreams(doc, treeRoot);
  const refs = new Map<StructElem, number>();
  const write = (e: StructElem, parent: string): number => {
    const id = objects.reserve();
    refs.set(e, id);
    const K: string[] = [];
    let pg: PdfRef | undefined;
    for (const k of e.kids) {
      if (k instanceof StructElem) {
        if (hasContent(k)) K.push(`${write(k, `${id} 0 R`)} 0 R`);
        continue;
      }
      const page = pages[k.page]?.dictionary;
      if (!page) throw new Error(`struttura: pagina ${k.page} sconosciuta`);
      pg ??= page;
      if (!isContent(k)) K.push(`<</Type /OBJR /Obj ${String(k.annotation)} /Pg ${page}>>`);
      else K.push(page === pg ? String(k.mcid) : `<</Type /MCR /Pg ${page} /MCID ${k.mcid}>>`);
    }
    const kids = K.length === 1 ? (K[0] ?? '') : `[${K.join(' ')}]`;
    objects.add(id, `<</S /${e.role} /P ${parent}${pg ? ` /Pg ${pg}` : ''}${attributesOf(e)} /K ${kids}>>`);
    return id;
  };
  treeRoot.data.K = objects.ref(write(root, String(treeRoot)));
  // The parent tree: one number tree node, its keys in ascending order (7.9.7).
  const entries: Array<[number, string]> = [];
  const refOf = (e: StructElem): string => {
    const id = refs.get(e);
    return id === undefined ? 'null' : `${id} 0 R`;
  };
  for (const p of pages) if (p.key !== undefined) entries.push([p.key, `[${p.parents.map(refOf).join(' ')}]`]);
  for (const [key, link] of links) entries.push([key, refOf(link)]);
  entries.sort((a, b) => a[0] - b[0]);
  const parentTree = objects.reserve();
  objects.add(parentTree, `<</Nums [${entries.map(([k, v]) => `${k} ${v}`).join(' ')}]>>`);
  treeRoot.data.ParentTree = objects.ref(parentTree);
  objects.flush();
}
