import { deflateSync } from 'node:zlib';

/**
 * Small objects written compressed, many to a stream (object streams, ISO 32000-1:2008, 7.5.7),
 * with a cross-reference stream (7.5.8) in place of pdfkit's cross-reference table. The structure
 * tree of a large dossier is some 14,000 small dictionaries: as pdfkit writes objects (one by one,
 * uncompressed, each with a 20-byte line in the table) they made the file 4.8 times larger and
 * spent more time on serialising than on drawing. Both came with PDF 1.5: PDF/A-1 (PDF 1.4) could
 * not have them, PDF/A-2 (PDF 1.7) does not exclude them; no PDF/A validator is available offline
 * to confirm it. Only the tagged dossier is written this way.
 */

/** pdfkit's indirect object (0.19). */
export interface PdfRef {
  readonly id: number;
  readonly data: Record<string, unknown>;
  end(chunk?: Uint8Array): void;
  toString(): string;
}

/** The members of pdfkit's document (0.19) that write the file. */
interface PdfKitWriter {
  _offsets: Array<number | null>;
  _offset: number;
  readonly _root: PdfRef;
  readonly _info: PdfRef;
  readonly _id: Buffer;
  readonly _security: unknown;
  _finalize(): void;
  _write(data: string | Buffer): void;
  push(chunk: null): boolean;
  ref(data: Record<string, unknown>): PdfRef;
}

/** Objects per stream: a reader decompresses a whole stream to reach one of them. */
const PER_STREAM = 500;

/** zlib's level for the object streams: see paint.ts's CONTENT_LEVEL. */
const LEVEL = 1;

const hex = (b: Buffer): string => `<${b.toString('hex')}>`;

/** A PDF text string (ISO 32000-1, 7.9.2.2): UTF-16BE with its byte order mark, written in hex. */
export function textString(s: string): string {
  const b = Buffer.from(`\ufeff${s}`, 'utf16le');
  b.swap16();
  return hex(b);
}

export class ObjectStreams {
  private readonly doc: PdfKitWriter;
  private pending: Array<{ readonly id: number; readonly body: string }> = [];
  private readonly refClass: new (id: number) => PdfRef;
  /** Where each compressed object is: its stream and its index there. */
  private readonly located = new Map<number, { readonly stream: number; readonly index: number }>();

  /** Takes over the end of `doc`: from now on it ends with a cross-reference stream. */
  constructor(doc: object, someRef: object) {
    const d = doc as PdfKitWriter;
    if (!Array.isArray(d._offsets) || typeof d._finalize !== 'function' || typeof d._write !== 'function' || !Buffer.isBuffer(d._id) || d._security) {
      throw new Error('PDFKit non espone più la scrittura attesa: la struttura del PDF non può essere scritta.');
    }
    this.doc = d;
    // A reference pdfkit writes as one of its own ("12 0 R") when it is a value of its objects.
    const prototype = Object.getPrototypeOf(someRef) as object;
    function Ref(this: { id: number; gen: number }, id: number): void {
      this.id = id;
      this.gen = 0;
    }
    Ref.prototype = prototype;
    this.refClass = Ref as unknown as new (id: number) => PdfRef;
    d._finalize = () => this.finalize();
  }

  /** The number of an object whose body `add` gives later. */
  reserve(): number {
    this.doc._offsets.push(null);
    return this.doc._offsets.length;
  }

  /** A reference to object `id` for pdfkit's own objects. */
  ref(id: number): PdfRef {
    return new this.refClass(id);
  }

  /** The body of a reserved object: a dictionary or array written as PDF. */
  add(id: number, body: string): void {
    this.pending.push({ id, body });
    if (this.pending.length >= PER_STREAM) this.flush();
  }

  /** Writes the objects added so far as one compressed object stream. */
  flush(): void {
    const objects = this.pending;
    if (objects.length === 0) return;
    this.pending = [];
    let offset = 0;
    const header: string[] = [];
    for (const o of objects) {
      header.push(`${o.id} ${offset}`);
      offset += Buffer.byteLength(o.body, 'latin1') + 1;
    }
    const head = `${header.join(' ')}\n`;
    const body = Buffer.from(head + objects.map((o) => o.body).join('\n') + '\n', 'latin1');
    const stream = this.doc.ref({ Type: 'ObjStm', N: objects.length, First: Buffer.byteLength(head, 'latin1'), Filter: 'FlateDecode' });
    objects.forEach((o, index) => this.located.set(o.id, { stream: stream.id, index }));
    stream.end(deflateSync(body, { level: LEVEL }));
  }

  /** The cross-reference stream and the end of the file, in place of pdfkit's table and trailer. */
  private finalize(): void {
    const d = this.doc;
    const xrefId = d._offsets.length + 1;
    const size = xrefId + 1;
    const start = d._offset;
    // W [1 4 2]: type, offset (or object stream), generation (or index in the stream).
    const entries = Buffer.alloc(size * 7);
    entries.writeUInt16BE(65535, 5);
    for (let id = 1; id < size; id++) {
      const at = id * 7;
      const loc = this.located.get(id);
      const offset = id === xrefId ? start : d._offsets[id - 1];
      if (loc) {
        entries.writeUInt8(2, at);
        entries.writeUInt32BE(loc.stream, at + 1);
        entries.writeUInt16BE(loc.index, at + 5);
      } else if (offset != null) {
        entries.writeUInt8(1, at);
        entries.writeUInt32BE(offset, at + 1);
      } else entries.writeUInt16BE(65535, at + 5); // never written: free
    }
    const data = deflateSync(entries);
    d._write(`${xrefId} 0 obj`);
    d._write(`<<\n/Type /XRef\n/Size ${size}\n/W [1 4 2]\n/Root ${d._root}\n/Info ${d._info}\n/ID [${hex(d._id)} ${hex(d._id)}]\n/Filter /FlateDecode\n/Length ${data.length}\n>>`);
    d._write('stream');
    d._write(data);
    d._write('\nendstream');
    d._write('endobj');
    d._write('startxref');
    d._write(String(start));
    d._write('%%EOF');
    d.push(null);
  }
}
