import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

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

function open(path: string): Promise<ZipFile> {
  return new Promise((res, rej) => yauzl.open(path, { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: true }, (err, zip) => (err || !zip ? rej(err) : res(zip))));
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

/**
 * Extracts a ZIP into `dest` (a private folder the caller made), hashing each file as it is written.
 * Refuses, before writing anything of it: unsafe names, links, duplicates, too many entries, bombs.
 * Never trusts the sizes in the headers (yauzl checks the real ones while streaming).
 */
export async function extractZip(zipPath: string, dest: string): Promise<ExtractResult> {
  let zip: ZipFile;
  try {
    zip = await open(zipPath);
  } catch {
    return fail('PACCHETTO_ILLEGGIBILE', 'Il file non è un pacchetto ZIP leggibile (forse è troncato o non è un pacchetto): chiedi di nuovo il file a chi lo ha inviato.');
  }
  if (zip.entryCount > ZIP_LIMITS.maxEntries) {
    zip.close();
    return fail('PACCHETTO_TROPPI_FILE', `Il pacchetto contiene ${zip.entryCount} file: troppi per un pacchetto di Proposta, non viene aperto.`);
  }
  const zipSize = (await stat(zipPath)).size;
  const root = resolve(dest);
  const entries: ExtractedEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  return new Promise<ExtractResult>((done) => {
    const stop = (r: ExtractResult) => {
      zip.close();
      done(r);
    };
    zip.on('error', (e: Error) => {
      const bad = /invalid (relative path|characters in fileName|fileName)|absolute path/i.exec(e.message);
      stop(bad ? fail('PACCHETTO_NOME_NON_SICURO', `Il pacchetto contiene un nome di file non sicuro (${e.message.split(': ').pop()}): per sicurezza non viene aperto.`)
        : fail('PACCHETTO_ILLEGGIBILE', 'Il pacchetto è danneggiato o troncato: chiedi di nuovo il file a chi lo ha inviato.'));
    });
    zip.on('end', () => done({ ok: true, entries }));
    zip.on('entry', (entry: Entry) => {
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      const problem = refuse(entry, seen, total, zipSize);
      const target = resolve(root, entry.fileName);
      if (problem) return stop({ ok: false, problem });
      if (!target.startsWith(root + sep)) return stop(fail('PACCHETTO_NOME_NON_SICURO', `Il nome «${entry.fileName}» porterebbe fuori dalla cartella di verifica.`, entry.fileName));
      seen.add(entry.fileName.toLowerCase());
      total += entry.uncompressedSize;
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return stop(fail('PACCHETTO_ILLEGGIBILE', `Il file «${entry.fileName}» del pacchetto è danneggiato.`, entry.fileName));
        const h = createHash('sha256');
        let size = 0;
        const tap = new Transform({ transform(chunk: Buffer, _e, cb) { size += chunk.length; h.update(chunk); cb(null, chunk); } });
        mkdir(dirname(target), { recursive: true })
          .then(() => pipeline(stream, tap, createWriteStream(target, { mode: 0o600 })))
          .then(() => {
            entries.push({ name: entry.fileName, size, sha256: h.digest('hex'), path: target });
            zip.readEntry();
          })
          .catch(() => stop(fail('PACCHETTO_ILLEGGIBILE', `Il file «${entry.fileName}» del pacchetto è danneggiato o non corrisponde alla dimensione dichiarata.`, entry.fileName)));
      });
    });
    zip.readEntry();
  });
}
