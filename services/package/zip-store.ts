import { open } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';
import { writeCarefully } from '../files/careful-write';
import { CodedError } from '../files/write-errors';
import { CrcThread, sharedBlock } from './crc-thread';
import { BLOCK, PARALLEL_FROM, blocksOf } from './digest';
import { FILE_READ } from './hash';
import { attachmentChanged } from './zip-write';

/**
 * An entry's content: bytes in memory, or a file with the size and CRC-32 its digest read (the
 * local header is written before the data, so both must be known; the copy checks them).
 */
export type StoreSource =
  | { readonly kind: 'bytes'; readonly data: Uint8Array }
  | { readonly kind: 'file'; readonly path: string; readonly size: number; readonly crc32: number };

export interface StoreEntry {
  readonly name: string;
  readonly source: StoreSource;
}

/**
 * The package's own text (proposal.json, manifest.json, SHA256SUMS) is deflated; the PDF, the DOCX
 * (itself a zip) and every attachment are stored as they are: attachments are mostly compressed
 * already (PDF, images, signed files), and storing them lets the zip be written as it is read.
 */
export const DEFLATE = /\.(json|txt|xml|csv)$|^SHA256SUMS$/i;

/** One fixed time for every entry (DOS date and time of 2000-01-01 00:00): the same content gives the same bytes. */
const DOS_DATE = (20 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Regular file, rw-r--r--, in the upper half of the external attributes (Unix). */
const ATTRIBUTES = (0o100644 << 16) >>> 0;
const MADE_BY_UNIX = (3 << 8) | 63;
const UTF8_NAMES = 0x0800;
const MAX32 = 0xffffffff;

interface Written {
  readonly name: Buffer;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly compressed: number;
  readonly offset: number;
}

/** A zip64 extended-information field with the given 8-byte values. */
function zip64Extra(values: readonly number[]): Buffer {
  const b = Buffer.alloc(4 + 8 * values.length);
  b.writeUInt16LE(0x0001, 0);
  b.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return b;
}

function localHeader(name: Buffer, method: number, crc: number, size: number, compressed: number, zip64: boolean): Buffer {
  const extra = zip64 ? zip64Extra([size, compressed]) : Buffer.alloc(0);
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(zip64 ? 45 : 20, 4);
  h.writeUInt16LE(UTF8_NAMES, 6);
  h.writeUInt16LE(method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(crc, 14);
  h.writeUInt32LE(zip64 ? MAX32 : compressed, 18);
  h.writeUInt32LE(zip64 ? MAX32 : size, 22);
  h.writeUInt16LE(name.length, 26);
  h.writeUInt16LE(extra.length, 28);
  return Buffer.concat([h, name, extra]);
}

function centralHeader(w: Written): Buffer {
  const big = [w.size, w.compressed, w.offset].filter((v) => v >= MAX32);
  const zip64 = big.length > 0;
  // The zip64 field holds, in this order, only the values that do not fit in 32 bits.
  const extra = zip64 ? zip64Extra([w.size, w.compressed, w.offset].filter((v) => v >= MAX32)) : Buffer.alloc(0);
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(MADE_BY_UNIX, 4);
  h.writeUInt16LE(zip64 ? 45 : 20, 6);
  h.writeUInt16LE(UTF8_NAMES, 8);
  h.writeUInt16LE(w.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(w.crc, 16);
  h.writeUInt32LE(Math.min(w.compressed, MAX32), 20);
  h.writeUInt32LE(Math.min(w.size, MAX32), 24);
  h.writeUInt16LE(w.name.length, 28);
  h.writeUInt16LE(extra.length, 30);
  h.writeUInt32LE(ATTRIBUTES, 38);
  h.writeUInt32LE(Math.min(w.offset, MAX32), 42);
  return Buffer.concat([h, w.name, extra]);
}

function endRecords(count: number, cdOffset: number, cdSize: number): Buffer {
  const parts: Buffer[] = [];
  if (count >= 0xffff || cdOffset >= MAX32 || cdSize >= MAX32) {
    const z = Buffer.alloc(56);
    z.writeUInt32LE(0x06064b50, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeUInt16LE(MADE_BY_UNIX, 12);
    z.writeUInt16LE(45, 14);
    z.writeBigUInt64LE(BigInt(count), 24);
    z.writeBigUInt64LE(BigInt(count), 32);
    z.writeBigUInt64LE(BigInt(cdSize), 40);
    z.writeBigUInt64LE(BigInt(cdOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(z, locator);
  }
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(Math.min(count, 0xffff), 8);
  e.writeUInt16LE(Math.min(count, 0xffff), 10);
  e.writeUInt32LE(Math.min(cdSize, MAX32), 12);
  e.writeUInt32LE(Math.min(cdOffset, MAX32), 16);
  parts.push(e);
  return Buffer.concat(parts);
}

/**
 * The bytes of an attachment, read in large blocks and checked as they go against the size and CRC-32
 * its digest found: a file that grew, shrank, changed or vanished since then ends the package with
 * ALLEGATO_MODIFICATO. A large file's CRC-32 is computed on another core, as in its digest.
 */
async function* attachmentBlocks(name: string, src: Extract<StoreSource, { kind: 'file' }>): AsyncGenerator<Uint8Array> {
  const fh = await open(src.path, FILE_READ).catch(() => {
    throw attachmentChanged(name);
  });
  const thread = src.size >= PARALLEL_FROM ? new CrcThread() : null;
  try {
    const st = await fh.stat();
    if (!st.isFile() || st.size !== src.size) throw attachmentChanged(name);
    let crc = 0;
    let seen = 0;
    const buffers = thread ? ([sharedBlock(BLOCK), sharedBlock(BLOCK)] as const) : undefined;
    for await (const block of blocksOf(fh, buffers)) {
      seen += block.byteLength;
      if (seen > src.size) throw attachmentChanged(name);
      const added = thread?.add(block);
      if (!thread) crc = crc32(block, crc);
      yield block;
      await added;
    }
    if (thread) crc = await thread.result();
    if (seen !== src.size || crc !== src.crc32) throw attachmentChanged(name);
  } catch (e) {
    throw e instanceof CodedError ? e : attachmentChanged(name);
  } finally {
    await thread?.close();
    await fh.close().catch(() => undefined);
  }
}

/**
 * A ZIP of the entries, in their order, as a sequence of chunks for a careful write: every size and
 * CRC-32 is known before its data (the attachments' from their digest), so each local header is final
 * and there are no data descriptors; zip64 fields where a size or offset needs them. Attachments go
 * through in 4 MiB blocks, read ahead while the previous block is written. Fails (with
 * ALLEGATO_MODIFICATO for an attachment) instead of ever giving a zip that differs from the entries.
 */
export async function* storedZip(entries: readonly StoreEntry[]): AsyncGenerator<Uint8Array> {
  const written: Written[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const src = e.source;
    let w: Written;
    if (src.kind === 'bytes') {
      const deflate = DEFLATE.test(e.name);
      const data = deflate ? deflateRawSync(src.data) : src.data;
      w = { name, method: deflate ? 8 : 0, crc: crc32(src.data), size: src.data.byteLength, compressed: data.byteLength, offset };
      const header = localHeader(name, w.method, w.crc, w.size, w.compressed, w.size >= MAX32);
      yield Buffer.concat([header, data]);
      offset += header.length + data.byteLength;
    } else {
      w = { name, method: 0, crc: src.crc32, size: src.size, compressed: src.size, offset };
      const header = localHeader(name, 0, src.crc32, src.size, src.size, src.size >= MAX32);
      yield header;
      yield* attachmentBlocks(e.name, src);
      offset += header.length + src.size;
    }
    written.push(w);
  }
  const directory = Buffer.concat(written.map(centralHeader));
  yield Buffer.concat([directory, endRecords(written.length, offset, directory.length)]);
}

/** Writes the ZIP of the entries carefully, replacing an existing file (tests and benchmarks); throws a CodedError on failure. */
export async function writeStoredZip(outPath: string, entries: readonly StoreEntry[]): Promise<void> {
  const r = await writeCarefully(outPath, storedZip(entries), { confirmed: true });
  if (!r.ok) throw new CodedError(r.error.code, r.error.message);
}
