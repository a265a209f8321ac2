/**
 * Writing changes to a PDF as an incremental update (ISO 32000-1 7.5.6): the original bytes stay as
 * they are, and the new and changed objects, a cross-reference section and a trailer with /Prev are
 * appended. That is what keeps earlier signatures valid. The new section is a classic xref table when
 * the previous one is, otherwise an (uncompressed) cross-reference stream, so the two are never mixed.
 */
import { PDFArray, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import { SignError } from './codes';

/** The end of the file as the last revision left it. */
export interface PreviousXref {
  /** Offset given by the last `startxref`. */
  offset: number;
  kind: 'table' | 'stream';
  /** /Size of the last trailer (0 when unreadable: then the object count decides). */
  size: number;
}

const latin1 = (bytes: Uint8Array, start = 0, end = bytes.byteLength): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(end, bytes.byteLength) - start)).toString('latin1');

/** Reads the last `startxref` of a PDF and what it points at; throws `PDF_NON_VALIDO` when absent. */
export function previousXref(pdf: Uint8Array): PreviousXref {
  const tail = latin1(pdf, Math.max(0, pdf.byteLength - 2048));
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const offset = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(offset) || offset >= pdf.byteLength) throw new SignError('PDF_NON_VALIDO');
  const head = latin1(pdf, offset, offset + 4096);
  const kind = head.startsWith('xref') ? 'table' : /^\d+\s+\d+\s+obj\b/.test(head) ? 'stream' : undefined;
  if (!kind) throw new SignError('PDF_NON_VALIDO');
  // /Size is in the trailer after the table, or in the stream dictionary: a bounded window is enough.
  const window = kind === 'table' ? latin1(pdf, offset, Math.min(pdf.byteLength, offset + 20 * 1_000_000)) : head;
  const dict = kind === 'table' ? window.slice(window.indexOf('trailer')) : window;
  const size = Number(/\/Size\s+(\d+)/.exec(dict)?.[1] ?? 0);
  return { offset, kind, size };
}

/** An object written verbatim (the signature dictionary, whose placeholder offsets we must know). */
export interface RawObject {
  ref: PDFRef;
  text: string;
}

function objectBytes(object: PDFObject): Uint8Array {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return bytes;
}

/** Groups sorted object numbers into runs, as xref subsections and /Index want them. */
function runs(numbers: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const n of numbers) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === n) last[1] += 1;
    else out.push([n, 1]);
  }
  return out;
}

/**
 * Appends an incremental update to `original`: every object `doc` holds with a number above
 * `firstNew - 1`, the `changed` ones, and `raw` objects as given. Returns the whole new file and where
 * each raw object's text starts in it.
 */
export function appendIncrementalUpdate(
  original: Uint8Array,
  doc: PDFDocument,
  opts: { firstNew: number; changed: readonly PDFRef[]; raw: readonly RawObject[] },
): { pdf: Uint8Array; rawOffsets: Map<PDFRef, number> } {
  const previous = previousXref(original);
  const rawByRef = new Map(opts.raw.map((r) => [r.ref, r.text]));
  const objects = doc.context.enumerateIndirectObjects()
    .filter(([ref]) => ref.objectNumber >= opts.firstNew || opts.changed.includes(ref) || rawByRef.has(ref));
  objects.sort(([a], [b]) => a.objectNumber - b.objectNumber);

  const chunks: Uint8Array[] = [];
  const last = original[original.byteLength - 1];
  let position = original.byteLength;
  const push = (bytes: Uint8Array | string) => {
    const b = typeof bytes === 'string' ? new Uint8Array(Buffer.from(bytes, 'latin1')) : bytes;
    chunks.push(b);
    position += b.byteLength;
  };
  if (last !== 0x0a && last !== 0x0d) push('\n');
  const offsets = new Map<number, number>();
  const rawOffsets = new Map<PDFRef, number>();
  for (const [ref, object] of objects) {
    offsets.set(ref.objectNumber, position);
    push(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    const raw = rawByRef.get(ref);
    if (raw !== undefined) rawOffsets.set(ref, position);
    push(raw ?? objectBytes(object));
    push('\nendobj\n');
  }

  const trailer = doc.context.trailerInfo;
  if (!(trailer.Root instanceof PDFRef)) throw new SignError('PDF_NON_VALIDO');
  const common = `/Root ${trailer.Root.toString()}${trailer.Info ? ` /Info ${trailer.Info.toString()}` : ''}`
    + `${trailer.ID instanceof PDFArray ? ` /ID ${trailer.ID.toString()}` : ''} /Prev ${previous.offset}`;
  const xrefAt = position;
  if (previous.kind === 'table') {
    const numbers = [...offsets.keys()];
    const size = Math.max(previous.size, doc.context.largestObjectNumber + 1);
    push('xref\n');
    for (const [start, count] of runs(numbers)) {
      push(`${start} ${count}\n`);
      for (let n = start; n < start + count; n++) push(`${String(offsets.get(n)).padStart(10, '0')} 00000 n\r\n`);
    }
    push(`trailer\n<< /Size ${size} ${common} >>\nstartxref\n${xrefAt}\n%%EOF\n`);
  } else {
    const streamNumber = Math.max(previous.size, doc.context.largestObjectNumber + 1);
    offsets.set(streamNumber, xrefAt);
    const numbers = [...offsets.keys()].sort((a, b) => a - b);
    const rows = Buffer.alloc(numbers.length * 7);
    numbers.forEach((n, i) => {
      rows.writeUInt8(1, i * 7);
      rows.writeUInt32BE(offsets.get(n) ?? 0, i * 7 + 1);
      rows.writeUInt16BE(0, i * 7 + 5);
    });
    const index = runs(numbers).flat().join(' ');
    push(`${streamNumber} 0 obj\n<< /Type /XRef /Size ${streamNumber + 1} /Index [${index}] /W [1 4 2] ${common} /Length ${rows.byteLength} >>\nstream\n`);
    push(new Uint8Array(rows));
    push(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`);
  }
  const pdf = new Uint8Array(Buffer.concat([original, ...chunks]));
  return { pdf, rawOffsets };
}
