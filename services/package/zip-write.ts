import { createReadStream, createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { ZipFile } from 'yazl';

export type ZipSource = { readonly kind: 'bytes'; readonly data: Uint8Array } | { readonly kind: 'file'; readonly path: string; readonly size: number };

export interface ZipEntry {
  readonly name: string;
  readonly source: ZipSource;
}

/**
 * One fixed time for every entry, built from local fields because ZIP stores local DOS time: the same
 * content gives the same bytes on any machine and in any time zone.
 */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);
/** Text compresses well; PDFs, DOCX (itself a ZIP) and attachments are stored, which also keeps packaging fast. */
const COMPRESS = /\.(json|txt|xml|csv)$|^SHA256SUMS$/;

/** Writes a ZIP with entries in the given order, atomically (temporary file, then rename). */
export async function writeZip(outPath: string, entries: readonly ZipEntry[]): Promise<void> {
  const tmp = `${outPath}.${randomBytes(6).toString('hex')}.tmp`;
  const zip = new ZipFile();
  for (const e of entries) {
    const options = { mtime: FIXED_MTIME, mode: 0o100644, compress: COMPRESS.test(e.name), forceDosTimestamp: true };
    if (e.source.kind === 'bytes') zip.addBuffer(Buffer.from(e.source.data), e.name, options);
    else zip.addReadStream(createReadStream(e.source.path, { highWaterMark: 1 << 20 }), e.name, { ...options, size: e.source.size });
  }
  zip.end();
  try {
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(tmp);
      zip.outputStream.on('error', reject).pipe(out).on('error', reject).on('close', () => resolve());
    });
    await rename(tmp, outPath);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
