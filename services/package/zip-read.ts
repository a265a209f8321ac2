import { createHash } from 'node:crypto';
import { close, createWriteStream, fstat, open as fsOpen } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { FILE_READ } from './hash';

/** Limits for packages from outside: a real package has tens of files and no extreme compression. */
export const ZIP_LIMITS = {
  maxEntries: 2000,
  maxTotalBytes: 4 * 1024 ** 3,
  /** Above this size an entry may not be compressed more than maxRatio times (decompression bombs). */
  ratioFromBytes: 1024 ** 2,
  maxRatio: 100,
} as const;

export interface ExtractedEntry {
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
  readonly path: string;
}

export type ZipProblem = { code: string; message: string; file?: string };
export type ExtractResult = { ok: true; entries: ExtractedEntry[] } | { ok: false; problem: ZipProblem };

const SYMLINK = 0o120000;
const fail = (code: string, message: string, file?: string): ExtractResult => ({ ok: false, problem: file ? { code, message, file } : { code, message } });
const UNREADABLE = 'Il file non è un pacchetto ZIP leggibile (forse è troncato o non è un pacchetto): chiedi di nuovo il file a chi lo ha inviato.';

const openFd = promisify(fsOpen);
const fstatFd = promisify(fstat);
const closeFd = (fd: number) => new Promise<void>((res) => close(fd, () => res()));

/**
 * Opens a regular file only (never blocking on a FIFO) and hands its descriptor to yauzl, which
 * closes it (a plain descriptor, not a FileHandle, so that nothing else closes it again later).
 */
async function open(path: string): Promise<{ zip: ZipFile; size: number } | null> {
  const fd = await openFd(path, FILE_READ).catch(() => null);
  if (fd === null) return null;
  const st = await fstatFd(fd).catch(() => null);
  if (!st?.isFile()) {
    await closeFd(fd);
    return null;
  }
  return new Promise((res) => {
    yauzl.fromFd(fd, { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: true }, (err, zip) => {
      if (err || !zip) {
        void closeFd(fd).then(() => res(null));
        return;
      }
      res({ zip, size: st.size });
    });
  });
}

/** Why an entry may not be extracted, or null. Names were already checked by yauzl for `..` and absolute paths. */
function refuse(entry: Entry, seen: Set<string>, total: number, zipSize: number): ZipProblem | null {
  const name = entry.fileName;
  if (((entry.externalFileAttributes >>> 16) & 0o170000) === SYMLINK) return { code: 'PACCHETTO_COLLEGAMENTO', file: name, message: `Il pacchetto contiene un collegamento simbolico («${name}»): per sicurezza non viene aperto.` };
  if (seen.has(name.toLowerCase())) return { code: 'PACCHETTO_NOME_DUPLICATO', file: name, message: `Il pacchetto contiene due volte il file «${name}»: non è un pacchetto di Proposta integro.` };
  if (entry.uncompressedSize > ZIP_LIMITS.ratioFromBytes && entry.uncompressedSize > ZIP_LIMITS.maxRatio * Math.max(1, entry.compressedSize)) {
    return { code: 'PACCHETTO_BOMBA', file: name, message: `Il file «${name}» si espanderebbe in modo anomalo (${Math.round(entry.uncompressedSize / 1024 ** 2)} MB): per sicurezza il pacchetto non viene aperto.` };
  }
  // Many small entries can make a bomb too: the whole content may not exceed maxRatio times the file.
  if (total + entry.uncompressedSize > ZIP_LIMITS.maxRatio * zipSize + ZIP_LIMITS.ratioFromBytes * 64) {
    return { code: 'PACCHETTO_BOMBA', file: name, message: 'Il contenuto del pacchetto si espanderebbe in modo anomalo: per sicurezza non viene aperto.' };
  }
  if (total + entry.uncompressedSize > ZIP_LIMITS.maxTotalBytes) return { code: 'PACCHETTO_TROPPO_GRANDE', file: name, message: 'Il contenuto del pacchetto supera 4 GB: non viene aperto.' };
  return null;
}

/** The zip's next entry, its end (null), or its error; listeners are in place before reading. */
function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((res, rej) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: Entry) => { cleanup(); res(e); };
    const onEnd = () => { cleanup(); res(null); };
    const onError = (e: Error) => { cleanup(); rej(e); };
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

/** The read stream of an entry, with an error listener from the moment it exists. */
function readStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((res, rej) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return rej(err ?? new Error('no stream'));
      // yauzl's size check ("too many bytes in the stream") may fire before anything reads it;
      // pipeline() then finds the stream errored and reports it.
      stream.on('error', () => undefined);
      res(stream);
    });
  });
}

const badName = (e: Error): ExtractResult =>
  fail('PACCHETTO_NOME_NON_SICURO', `Il pacchetto contiene un nome di file non sicuro (${e.message.split(': ').pop()}): per sicurezza non viene aperto.`);

/**
 * Extracts a ZIP into `dest` (a private folder the caller made), hashing each file as it is written.
 * Refuses, before writing anything of it: unsafe names, links, duplicates, too many entries, bombs.
 * Never trusts the sizes in the headers (yauzl checks the real ones while streaming). One entry at a
 * time, and it returns only when nothing of it is still running: the caller may remove `dest` at
 * once. Never throws.
 */
export async function extractZip(zipPath: string, dest: string): Promise<ExtractResult> {
  const opened = await open(zipPath);
  if (!opened) return fail('PACCHETTO_ILLEGGIBILE', UNREADABLE);
  const { zip, size: zipSize } = opened;
  // Errors after the last read (a late one from a closing descriptor) must not go unheard.
  zip.on('error', () => undefined);
  try {
    if (zip.entryCount > ZIP_LIMITS.maxEntries) {
      return fail('PACCHETTO_TROPPI_FILE', `Il pacchetto contiene ${zip.entryCount} file: troppi per un pacchetto di Proposta, non viene aperto.`);
    }
    return await extractEntries(zip, zipSize, resolve(dest));
  } finally {
    zip.close();
  }
}

async function extractEntries(zip: ZipFile, zipSize: number, root: string): Promise<ExtractResult> {
  const entries: ExtractedEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (;;) {
    let entry: Entry | null;
    try {
      entry = await nextEntry(zip);
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      return /invalid (relative path|characters in fileName|fileName)|absolute path/i.test(err.message)
        ? badName(err) : fail('PACCHETTO_ILLEGGIBILE', 'Il pacchetto è danneggiato o troncato: chiedi di nuovo il file a chi lo ha inviato.');
    }
    if (!entry) return { ok: true, entries };
    if (entry.fileName.endsWith('/')) continue;
    const problem = refuse(entry, seen, total, zipSize);
    if (problem) return { ok: false, problem };
    const target = resolve(root, entry.fileName);
    if (!target.startsWith(root + sep)) return fail('PACCHETTO_NOME_NON_SICURO', `Il nome «${entry.fileName}» porterebbe fuori dalla cartella di verifica.`, entry.fileName);
    seen.add(entry.fileName.toLowerCase());
    total += entry.uncompressedSize;
    const written = await extractOne(zip, entry, target);
    if (!written) return fail('PACCHETTO_ILLEGGIBILE', `Il file «${entry.fileName}» del pacchetto è danneggiato o non corrisponde alla dimensione dichiarata.`, entry.fileName);
    entries.push({ name: entry.fileName, path: target, ...written });
  }
}

/** One entry to `target`, hashed on the way; null when it fails (then nothing of it is still running). */
async function extractOne(zip: ZipFile, entry: Entry, target: string): Promise<{ size: number; sha256: string } | null> {
  let stream: Readable;
  try {
    stream = await readStream(zip, entry);
  } catch {
    return null;
  }
  const h = createHash('sha256');
  let size = 0;
  const tap = new Transform({ transform(chunk: Buffer, _e, cb) { size += chunk.length; h.update(chunk); cb(null, chunk); } });
  try {
    await mkdir(dirname(target), { recursive: true });
    await pipeline(stream, tap, createWriteStream(target, { mode: 0o600, flags: 'wx' }));
    return { size, sha256: h.digest('hex') };
  } catch {
    stream.destroy();
    return null;
  }
}
