import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { CrcThread, sharedBlock } from './crc-thread';
import type { FileDigest } from './hash';

/** What the package needs of an attachment: its size, its SHA-256 for the manifest and its CRC-32 for the zip. */
export interface AttachmentDigest extends FileDigest {
  readonly crc32: number;
}

/** Reads of this size keep the system calls few and the memory flat (two buffers, whatever the file's size). */
export const BLOCK = 4 * 1024 * 1024;

/**
 * Reads a file sequentially, block by block, into two buffers in turn: the next block is read (in
 * Node's thread pool) while `use` works on the current one. Each block is valid only during `use`.
 */
export async function readBlocks(
  fh: FileHandle, use: (block: Buffer) => void | Promise<void>, start = 0,
  buffers: readonly [Buffer, Buffer] = [Buffer.allocUnsafe(BLOCK), Buffer.allocUnsafe(BLOCK)],
): Promise<number> {
  let current = buffers[0];
  let position = start;
  let pending = fh.read(current, 0, BLOCK, position);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) return position - start;
      const block = current.subarray(0, bytesRead);
      position += bytesRead;
      current = current === buffers[0] ? buffers[1] : buffers[0];
      pending = fh.read(current, 0, BLOCK, position);
      await use(block);
    }
  } finally {
    // A read still in flight when `use` failed must finish before the caller closes the file.
    await pending.catch(() => undefined);
  }
}

/** From this size the CRC-32 is computed on another core (starting a thread costs some milliseconds). */
const PARALLEL_FROM = 32 * 1024 * 1024;

/**
 * SHA-256, CRC-32 and size of a file in one read: the manifest needs the hash, the zip the CRC, and
 * reading a large attachment twice for them would double the slowest part of packaging. For a large
 * file the CRC-32 runs in a worker thread on the same blocks while this thread hashes them. Memory
 * stays flat whatever the file's size.
 */
export async function digestFile(path: string): Promise<AttachmentDigest> {
  const fh = await open(path, 'r');
  try {
    const hash = createHash('sha256');
    if ((await fh.stat()).size >= PARALLEL_FROM) {
      const crc = new CrcThread();
      try {
        const size = await readBlocks(fh, async (block) => {
          const added = crc.add(block);
          hash.update(block);
          await added;
        }, 0, [sharedBlock(BLOCK), sharedBlock(BLOCK)]);
        return { size, sha256: hash.digest('hex'), crc32: await crc.result() };
      } finally {
        await crc.close();
      }
    }
    let crc = 0;
    const size = await readBlocks(fh, (block) => {
      hash.update(block);
      crc = crc32(block, crc);
    });
    return { size, sha256: hash.digest('hex'), crc32: crc };
  } finally {
    await fh.close();
  }
}
