import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { readBlocks } from './digest';

/** An entry's content: bytes in memory, or a file of known size (and CRC-32, when its digest read it). */
export type StoreSource =
  | { readonly kind: 'bytes'; readonly data: Uint8Array }
  | { readonly kind: 'file'; readonly path: string; readonly size: number; readonly crc32?: number };

export interface StoreEntry {
  readonly name: string;
  readonly source: StoreSource;
}

/**
 * Text compresses well and is deflated; everything else (PDFs, DOCX, which is itself a zip, images,
 * signed files, archives) is stored as it is: deflating compressed data costs time and saves nothing.
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

/** Writes a whole buffer at a position (a short write is retried from where it stopped). */
async function writeAt(out: FileHandle, data: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < data.byteLength) {
    const { bytesWritten } = await out.write(data, done, data.byteLength - done, position + done);
    done += bytesWritten;
  }
}

/** Copies a file into the zip at `position`, computing its CRC-32 unless it is known; returns size and CRC. */
async function copyStored(out: FileHandle, path: string, position: number, knownCrc: number | undefined): Promise<{ size: number; crc: number }> {
  const src = await open(path, 'r');
  try {
    let crc = 0;
    // Each block is written while the next one is read (readBlocks reads ahead).
    const size = await readBlocks(src, async (block) => {
      if (knownCrc === undefined) crc = crc32(block, crc);
      await writeAt(out, block, position);
      position += block.byteLength;
    });
    return { size, crc: knownCrc ?? crc };
  } finally {
    await src.close();
  }
}

/** Deflates a file into the zip at `position`; returns size, compressed size and CRC-32. */
async function copyDeflated(out: FileHandle, path: string, position: number): Promise<{ size: number; compressed: number; crc: number }> {
  const src = await open(path, 'r');
  const deflate = createDeflateRaw();
  let compressed = 0;
  let writes = Promise.resolve();
  let failure: unknown = null;
  deflate.on('error', (e: Error) => {
    failure ??= e;
  });
  deflate.on('data', (c: Buffer) => {
    const at = position + compressed;
    compressed += c.length;
    writes = writes.then(() => writeAt(out, c, at)).catch((e: unknown) => {
      failure ??= e;
    });
  });
  const ended = new Promise<void>((resolve) => deflate.once('end', resolve).once('error', () => resolve()));
  try {
    let crc = 0;
    const size = await readBlocks(src, async (block) => {
      crc = crc32(block, crc);
      // The stream copies nothing: the block must be consumed before the next read reuses its buffer.
      if (!deflate.write(Buffer.from(block))) await new Promise((r) => deflate.once('drain', r));
    });
    deflate.end();
    await ended;
    await writes;
    if (failure) throw failure;
    return { size, compressed, crc };
  } finally {
    deflate.destroy();
    await src.close();
  }
}

/**
 * Writes a ZIP with the entries in the given order, atomically (a temporary file, then a rename).
 * Attachments are copied with large positional reads and writes, their CRC-32 taken from the digest
 * that already read them (or computed while copying); text is deflated, the rest stored. Sizes and
 * CRCs go into each local header (patched after the data where they were not known), so there are no
 * data descriptors; zip64 fields where a size or offset needs them.
 */
export async function writeStoredZip(outPath: string, entries: readonly StoreEntry[]): Promise<void> {
  const tmp = `${outPath}.${randomBytes(6).toString('hex')}.tmp`;
  const out = await open(tmp, 'wx', 0o644);
  let closed = false;
  try {
    const written: Written[] = [];
    let offset = 0;
    for (const e of entries) {
      const name = Buffer.from(e.name, 'utf8');
      const deflate = DEFLATE.test(e.name);
      const method = deflate ? 8 : 0;
      const src = e.source;
      // Local header sizes are final only for stored files with a known CRC; the others are patched.
      const expected = src.kind === 'file' ? src.size : src.data.byteLength;
      const zip64 = expected >= MAX32;
      const headerLength = localHeader(name, method, 0, expected, expected, zip64).length;
      let result: { size: number; compressed: number; crc: number };
      if (src.kind === 'bytes') {
        const data = deflate ? deflateRawSync(src.data) : src.data;
        await writeAt(out, data, offset + headerLength);
        result = { size: src.data.byteLength, compressed: data.byteLength, crc: crc32(src.data) };
      } else if (deflate) {
        result = await copyDeflated(out, src.path, offset + headerLength);
      } else {
        const r = await copyStored(out, src.path, offset + headerLength, src.crc32);
        result = { ...r, compressed: r.size };
      }
      if (result.size !== expected) throw new Error(`«${e.name}» è cambiato durante la creazione del pacchetto (dimensione diversa).`);
      await writeAt(out, localHeader(name, method, result.crc, result.size, result.compressed, zip64), offset);
      written.push({ name, method, ...result, offset });
      offset += headerLength + result.compressed;
    }
    const directory = Buffer.concat(written.map(centralHeader));
    await writeAt(out, Buffer.concat([directory, endRecords(written.length, offset, directory.length)]), offset);
    closed = true;
    await out.close();
    await rename(tmp, outPath);
  } catch (e) {
    if (!closed) await out.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
