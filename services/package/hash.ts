import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface FileDigest {
  readonly size: number;
  readonly sha256: string;
}

/** SHA-256 and size of a file, streamed: memory stays flat whatever the file's size. */
export function hashFile(path: string): Promise<FileDigest> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    let size = 0;
    createReadStream(path, { highWaterMark: 1 << 20 })
      .on('data', (chunk) => {
        size += chunk.length;
        h.update(chunk);
      })
      .on('error', reject)
      .on('end', () => resolve({ size, sha256: h.digest('hex') }));
  });
}

export function hashBytes(bytes: Uint8Array): FileDigest {
  return { size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
