import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { CrcThread, sharedBlock } from './crc-thread';
import { FILE_READ, type FileDigest } from './hash';

/** What the package needs of an attachment: its size, its SHA-256 for the manifest and its CRC-32 for the zip. */
export interface AttachmentDigest extends FileDigest {
  readonly crc32: number;
}

/** Reads of this size keep the system calls few and the memory flat (two buffers, whatever the file's size). */
export const BLOCK = 4 * 1024 * 1024;

/**
 * The blocks of a file, read sequentially into two buffers in turn: the next block is read (in Node's
 * thread pool) while the caller works on the current one. Each block is valid only until the caller
 * asks for the next. A failed read rejects the iteration.
 */
export async function* blocksOf(fh: FileHandle, buffers: readonly [Buffer, Buffer] = [Buffer.allocUnsafe(BLOCK), Buffer.allocUnsafe(BLOCK)]): AsyncGenerator<Buffer> {
  const read = (into: Buffer, position: number) => {
    const p = fh.read(into, 0, BLOCK, position);
    // Awaited below; until then its failure must not count as an unhandled rejection.
    p.catch(() => undefined);
    return p;
  };
  let current = buffers[0];
  let position = 0;
  let pending = read(current, 0);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) return;
      const block = current.subarray(0, bytesRead);
      position += bytesRead;
      current = current === buffers[0] ? buffers[1] : buffers[0];
      pending = read(current, position);
      yield block;
    }
  } finally {
    // A read still in flight when the caller stopped must finish before the file is closed.
    await pending.catch(() => undefined);
  }
}

/** From this size the CRC-32 is computed on another core (starting a thread costs some milliseconds). */
export const PARALLEL_FROM = 32 * 1024 * 1024;

/**
 * SHA-256, CRC-32 and size of a file in one read: the manifest needs the hash, the zip the CRC, and
 * reading a large attachment twice for them would double the slowest part of packaging. For a large
 * file the CRC-32 runs in a worker thread on the same blocks while this thread hashes them. Memory
 * stays flat whatever the file's size. Regular files only, opened as hashFile opens them; rejects when
 * the file cannot be read.
 */
export async function digestFile(path: string): Promise<AttachmentDigest> {
  const fh = await open(path, FILE_READ);
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw Object.assign(new Error(`not a file: ${path}`), { code: 'EFTYPE' });
    const hash = createHash('sha256');
    if (st.size >= PARALLEL_FROM) {
      const crc = new CrcThread();
      try {
        let size = 0;
        for await (const block of blocksOf(fh, [sharedBlock(BLOCK), sharedBlock(BLOCK)])) {
          const added = crc.add(block);
          hash.update(block);
          size += block.byteLength;
          await added;
        }
        return { size, sha256: hash.digest('hex'), crc32: await crc.result() };
      } finally {
        await crc.close();
      }
    }
    let crc = 0;
    let size = 0;
    for await (const block of blocksOf(fh)) {
      hash.update(block);
      crc = crc32(block, crc);
      size += block.byteLength;
    }
    return { size, sha256: hash.digest('hex'), crc32: crc };
  } finally {
    await fh.close();
  }
}
