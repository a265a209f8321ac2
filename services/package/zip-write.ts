import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { writeCarefully } from '../files/careful-write';
import { CodedError } from '../files/write-errors';
import { FILE_READ } from './hash';

export type ZipSource =
  | { readonly kind: 'bytes'; readonly data: Uint8Array }
  /** A file on disk with the size and SHA-256 it had when hashed for the manifest. */
  | { readonly kind: 'file'; readonly path: string; readonly size: number; readonly sha256: string };

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

/** An attachment that changed between its hashing and its copy into the package (also zip-store.ts). */
export const attachmentChanged = (name: string): CodedError =>
  new CodedError('ALLEGATO_MODIFICATO', `L'allegato «${name.replace(/^allegati\//, '')}» è cambiato, è stato spostato o non è più leggibile mentre si creava il pacchetto: nessun pacchetto è stato scritto. Attendi che il file sia completo e riprova.`);

/**
 * The bytes of a file entry, checked while they stream: the same size and SHA-256 as when the file
 * was hashed for the manifest, or the stream fails with ALLEGATO_MODIFICATO (a file that grew,
 * shrank, changed or vanished in between). Every stream has its error listener from its creation.
 */
async function verifiedStream(src: Extract<ZipSource, { kind: 'file' }>, name: string, fail: (e: Error) => void, track: (s: Readable | Transform) => void): Promise<Readable> {
  const fh = await open(src.path, FILE_READ).catch(() => {
    throw attachmentChanged(name);
  });
  const st = await fh.stat().catch(() => null);
  if (!st?.isFile() || st.size !== src.size) {
    await fh.close().catch(() => undefined);
    throw attachmentChanged(name);
  }
  const input = fh.createReadStream({ highWaterMark: 1 << 20 });
  input.on('error', () => fail(attachmentChanged(name)));
  track(input);
  const h = createHash('sha256');
  let seen = 0;
  const check = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      h.update(chunk);
      cb(seen > src.size ? attachmentChanged(name) : null, chunk);
    },
    flush(cb) {
      cb(seen !== src.size || h.digest('hex') !== src.sha256 ? attachmentChanged(name) : null);
    },
  });
  check.on('error', (e) => fail(e));
  track(check);
  return input.pipe(check);
}

/**
 * A ZIP of the entries, in their order, as a stream for a careful write. It never throws: any error
 * (an attachment that changed, yazl's own size check, a read error) destroys the stream with it, so
 * the writer reports it and removes its temporary file.
 */
export function zipStream(entries: readonly ZipEntry[]): Readable {
  const zip = new ZipFile();
  // yazl's outputStream is a PassThrough; its typings say only ReadableStream.
  const out = zip.outputStream as unknown as Readable;
  const open: Array<Readable | Transform> = [];
  const fail = (e: unknown) => {
    if (out.destroyed) return;
    for (const s of open) s.destroy();
    out.destroy(e instanceof Error ? e : new Error(String(e)));
  };
  zip.on('error', fail);
  // The consumer hears errors through its iteration; this keeps one with no reader from crashing.
  out.on('error', () => undefined);
  for (const e of entries) {
    const options = { mtime: FIXED_MTIME, mode: 0o100644, compress: COMPRESS.test(e.name), forceDosTimestamp: true };
    const src = e.source;
    if (src.kind === 'bytes') zip.addBuffer(Buffer.from(src.data), e.name, options);
    else {
      zip.addReadStreamLazy(e.name, { ...options, size: src.size }, (cb) => {
        verifiedStream(src, e.name, fail, (s) => open.push(s)).then((s) => cb(null, s), fail);
      });
    }
  }
  zip.end();
  return out;
}

/** Writes a ZIP of the entries carefully, replacing an existing file (tools, tests and benchmarks); throws a CodedError on failure. */
export async function writeZip(outPath: string, entries: readonly ZipEntry[]): Promise<void> {
  const r = await writeCarefully(outPath, zipStream(entries), { confirmed: true });
  if (!r.ok) throw new CodedError(r.error.code, r.error.message);
}
