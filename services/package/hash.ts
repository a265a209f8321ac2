import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export interface FileDigest {
  readonly size: number;
  readonly sha256: string;
}

/** Regular files only, opened without blocking (a FIFO swapped in cannot hang a thread). */
export const FILE_READ = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * SHA-256 and size of a regular file, streamed: memory stays flat whatever the file's size. Rejects
 * (never throws asynchronously) when the file cannot be read or is not a regular file.
 */
export async function hashFile(path: string): Promise<FileDigest> {
  const fh = await open(path, FILE_READ);
  let stream;
  try {
    if (!(await fh.stat()).isFile()) throw Object.assign(new Error(`not a file: ${path}`), { code: 'EFTYPE' });
    stream = fh.createReadStream({ highWaterMark: 1 << 20 });
  } catch (e) {
    await fh.close();
    throw e;
  }
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    let size = 0;
    stream
      .on('error', reject)
      .on('data', (chunk: string | Buffer) => {
        size += chunk.length;
        h.update(chunk);
      })
      .on('end', () => resolve({ size, sha256: h.digest('hex') }));
  });
}

export function hashBytes(bytes: Uint8Array): FileDigest {
  return { size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
