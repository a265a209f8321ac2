import { constants, type Stats } from 'node:fs';
import { lstat, open, stat, type FileHandle } from 'node:fs/promises';

export type ReadFailure = 'FILE_NON_TROVATO' | 'FILE_NON_LEGGIBILE' | 'FILE_TROPPO_GRANDE' | 'NON_UN_FILE' | 'COLLEGAMENTO';
export type ReadResult = { ok: true; bytes: Buffer; stat: Stats } | { ok: false; reason: ReadFailure };

/** Reads the file to its end, but never more than `limit` plus one byte. */
async function readUpTo(fh: FileHandle, expected: number, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  let size = Math.min(expected, limit) + 1;
  for (;;) {
    const buf = Buffer.allocUnsafe(size);
    const { bytesRead } = await fh.read(buf, 0, size, total);
    if (bytesRead === 0) break;
    chunks.push(buf.subarray(0, bytesRead));
    total += bytesRead;
    if (total > limit) break;
    size = Math.min(64 * 1024, limit + 1 - total);
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}

const ioReason = (e: unknown): ReadFailure => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' ? 'FILE_NON_TROVATO' : code === 'ELOOP' ? 'COLLEGAMENTO' : 'FILE_NON_LEGGIBILE';
};

/**
 * Reads a regular file of at most `limit` bytes. A FIFO, device, socket or folder is refused before
 * it is opened (opening a FIFO would wait forever for a writer), and the file is opened non-blocking
 * so that one swapped in meanwhile cannot hang either. With `followLinks: false` a link is refused.
 * Never throws.
 */
export async function readRegularFile(path: string, limit: number, opts: { followLinks: boolean } = { followLinks: true }): Promise<ReadResult> {
  try {
    const st = opts.followLinks ? await stat(path) : await lstat(path);
    if (st.isSymbolicLink()) return { ok: false, reason: 'COLLEGAMENTO' };
    if (!st.isFile()) return { ok: false, reason: 'NON_UN_FILE' };
    if (st.size > limit) return { ok: false, reason: 'FILE_TROPPO_GRANDE' };
    const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (opts.followLinks ? 0 : (constants.O_NOFOLLOW ?? 0));
    const fh = await open(path, flags);
    try {
      const now = await fh.stat();
      if (!now.isFile()) return { ok: false, reason: 'NON_UN_FILE' };
      const bytes = await readUpTo(fh, now.size, limit);
      // The file may have grown between stat and read.
      if (bytes.length > limit) return { ok: false, reason: 'FILE_TROPPO_GRANDE' };
      return { ok: true, bytes, stat: now };
    } finally {
      await fh.close();
    }
  } catch (e) {
    return { ok: false, reason: ioReason(e) };
  }
}
