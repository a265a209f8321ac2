import { randomBytes } from 'node:crypto';
import { copyFile, open as openFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type SaveErrorCode = 'SALVATAGGIO_FALLITO' | 'CARTELLA_NON_SCRIVIBILE' | 'DISCO_PIENO';

export type SaveResult =
  | { ok: true; bytes: number }
  | { ok: false; error: { code: SaveErrorCode; message: string } };

const MESSAGES: Readonly<Record<SaveErrorCode, string>> = {
  SALVATAGGIO_FALLITO: 'Il salvataggio non è riuscito: il file precedente è rimasto com\'era. Riprova o usa «Salva con nome» in un\'altra cartella.',
  CARTELLA_NON_SCRIVIBILE: 'Non è possibile scrivere nella cartella scelta (permessi insufficienti o supporto in sola lettura): il file precedente è rimasto com\'era. Usa «Salva con nome» in un\'altra cartella.',
  DISCO_PIENO: 'Il disco è pieno: il file precedente è rimasto com\'era. Libera spazio e salva di nuovo.',
};

function failure(e: unknown): SaveResult {
  const errno = (e as NodeJS.ErrnoException).code;
  const code: SaveErrorCode = errno === 'ENOSPC' || errno === 'EDQUOT' ? 'DISCO_PIENO'
    : errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS' ? 'CARTELLA_NON_SCRIVIBILE'
      : 'SALVATAGGIO_FALLITO';
  return { ok: false, error: { code, message: MESSAGES[code] } };
}

async function writeSynced(path: string, data: Uint8Array): Promise<void> {
  const fh = await openFile(path, 'wx', 0o644);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await openFile(dir, 'r');
    try { await fh.sync(); } finally { await fh.close(); }
  } catch {
    // Directories cannot be opened for fsync on Windows; the rename is still atomic there.
  }
}

/**
 * Writes `data` to `path` atomically: a temporary file in the same folder, fsync, rename over the
 * target, fsync of the folder. Unless `backup` is false, the previous content is first copied to
 * `path.bak` (itself through a rename). A crash at any moment leaves the old or the new file, never a truncated one.
 */
export async function writeFileAtomic(path: string, data: Uint8Array, opts: { backup?: boolean } = {}): Promise<SaveResult> {
  const dir = dirname(path);
  const tag = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const tmp = join(dir, `.${basename(path)}.${tag}.tmp`);
  const bakTmp = join(dir, `.${basename(path)}.${tag}.bak.tmp`);
  try {
    await writeSynced(tmp, data);
    if (opts.backup !== false) {
      try {
        await copyFile(path, bakTmp);
        await rename(bakTmp, `${path}.bak`);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
    await rename(tmp, path);
    await syncDir(dir);
    return { ok: true, bytes: data.byteLength };
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    await unlink(bakTmp).catch(() => undefined);
    return failure(e);
  }
}
