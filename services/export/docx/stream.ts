import { once } from 'node:events';
import { createDeflateRaw, crc32 } from 'node:zlib';
import type { Paragraph } from 'docx';
import type { BodyChild } from './blocks';
import { LazyTable } from './cells';
import { stringify } from './xml';
import type { ZipPart } from './zip';

/** What docx's components need to write themselves: the document they belong to. */
export type XmlContext = Parameters<Paragraph['prepForXml']>[0];

const xmlOf = (component: { prepForXml(context: XmlContext): object | undefined }, context: XmlContext): string => {
  const object = component.prepForXml(context);
  if (!object) throw new Error('DOCX: un elemento del documento non si è potuto scrivere');
  return stringify(object as Record<string, unknown>);
};

/** The XML of the body's children, one at a time, a long table one row at a time. */
export function* bodyXml(children: Iterable<BodyChild>, context: XmlContext): Generator<string> {
  for (const child of children) {
    if (child instanceof LazyTable) {
      const shell = xmlOf(child.shell, context);
      const end = shell.lastIndexOf('</w:tbl>');
      yield shell.slice(0, end);
      for (const row of child.rows()) yield xmlOf(row, context);
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
