import { once } from 'node:events';
import { createDeflateRaw, crc32 } from 'node:zlib';
import type { Paragraph } from 'docx';
import type { BodyChild } from './blocks';
import { cell, LazyTable, row, type CellOptions, type CellSpec, type RowOptions, type RowSpec } from './cells';
import { clean } from './text';
import { escapeText, stringify } from './xml';
import type { ZipPart } from './zip';

/** What docx's components need to write themselves: the document they belong to. */
export type XmlContext = Parameters<Paragraph['prepForXml']>[0];

const xmlOf = (component: { prepForXml(context: XmlContext): object | undefined }, context: XmlContext): string => {
  const object = component.prepForXml(context);
  if (!object) throw new Error('DOCX: un elemento del documento non si è potuto scrivere');
  return stringify(object as Record<string, unknown>);
};

/** A character no text of the model holds, to cut a cell's XML where its text goes. */
const HOLE = '\uE000';

/**
 * XML templates of the rows of the long tables: a row or a cell of the same look (width, fill,
 * alignment, options…) differs only in its text, so docx writes each look once, with a hole where the
 * text goes, and each row is then assembled from strings. This is what makes the DOCX of a large
 * proposal quick: docx builds some twenty objects per cell otherwise. A text that is more than one
 * plain line (line breaks, only spaces) is written by docx itself.
 */
class RowTemplates {
  private readonly cells = new Map<string, readonly [string, string] | string>();
  private readonly rows = new Map<string, readonly [string, string]>();

  constructor(private readonly context: XmlContext) {}

  /** A row with one cell as docx writes it, cut into what comes before the cell, the cell and what follows. */
  private cutRow(spec: CellSpec, extra: CellOptions | undefined, options: RowOptions | undefined): readonly [string, string, string] {
    const xml = xmlOf(row([cell(spec, extra)], options), this.context);
    const start = xml.indexOf('<w:tc>');
    const end = xml.lastIndexOf('</w:tc>') + '</w:tc>'.length;
    if (start < 0 || end < start) throw new Error('DOCX: una riga di tabella non ha la forma attesa');
    return [xml.slice(0, start), xml.slice(start, end), xml.slice(end)];
  }

  // A row's options change its cells too (docx puts keepNext on their paragraphs): both are in the keys.
  private cellXml(spec: CellSpec, extra: CellOptions | undefined, options: RowOptions | undefined, optionsKey: string): string {
    const text = clean(spec.text);
    const plain = text !== '' && !text.includes('\n') && text.trim() !== '';
    if (!plain && text !== '') return this.cutRow(spec, extra, options)[1];
    const key = `${optionsKey}|${JSON.stringify([{ ...spec, text: plain }, extra ?? null])}`;
    let template = this.cells.get(key);
    if (template === undefined) {
      const xml = this.cutRow({ ...spec, text: plain ? HOLE : '' }, extra, options)[1];
      const at = xml.indexOf(HOLE);
      template = plain ? [xml.slice(0, at), xml.slice(at + HOLE.length)] as const : xml;
      this.cells.set(key, template);
    }
    return typeof template === 'string' ? template : template[0] + escapeText(text.trim()) + template[1];
  }

  xml(r: RowSpec): string {
    const optionsKey = JSON.stringify(r.options ?? null);
    let ends = this.rows.get(optionsKey);
    if (ends === undefined) {
      const [before, , after] = this.cutRow({ text: '', width: 1 }, undefined, r.options);
      this.rows.set(optionsKey, (ends = [before, after]));
    }
    let xml = ends[0];
    for (const c of r.cells) xml += this.cellXml(c.spec, c.extra, r.options, optionsKey);
    return xml + ends[1];
  }
}

/** The XML of the body's children, one at a time, a long table one row at a time. */
export function* bodyXml(children: Iterable<BodyChild>, context: XmlContext): Generator<string> {
  const templates = new RowTemplates(context);
  for (const child of children) {
    if (child instanceof LazyTable) {
      const shell = xmlOf(child.shell, context);
      const end = shell.lastIndexOf('</w:tbl>');
      yield shell.slice(0, end);
      for (const r of child.rows()) yield templates.xml(r);
      yield shell.slice(end);
    } else yield xmlOf(child, context);
  }
}



/** About this much XML is compressed at a time. */
const CHUNK = 1 << 20;

/**
 * A part of the package compressed while its XML is made, so that memory holds only its compressed
 * bytes and one chunk of XML (the body of a very large proposal is hundreds of megabytes of XML).
 */
export async function deflatePart(path: string, xml: Iterable<string>): Promise<ZipPart> {
  const deflate = createDeflateRaw();
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const ended = once(deflate, 'end');
  // once() rejects on 'error' too; this keeps an early error from going unhandled meanwhile.
  ended.catch(() => undefined);
  let crc = 0;
  let size = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async (): Promise<void> => {
    const bytes = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingLength = 0;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await once(deflate, 'drain');
  };
  for (const piece of xml) {
    pending.push(piece);
    pendingLength += piece.length;
    if (pendingLength >= CHUNK) await flush();
  }
  await flush();
  deflate.end();
  await ended;
  return { path, deflated: Buffer.concat(out), crc, size };
}
