import { createHash } from 'node:crypto';
import { lstat, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SCHEMA_VERSION } from '../../core';
import { nodeEffects, type FileEffects, type WritableFile } from './effects';
import { removeLeftovers, tempNameFor } from './leftovers';
import { inspectExisting, sameContent, type Existing, type FileStamp } from './stamp';
import { writeError, writeFailure, type WriteError } from './write-errors';

/** How careful a write must be about what it replaces. */
export interface WritePolicy {
  /**
   * The officer confirmed replacing the target: "Sovrascrivi" after a warning, `--sovrascrivi`, or a
   * native save dialog (which asks by itself). Without it an existing file is never replaced, except
   * the very file Proposta read (`expected`) when nobody else changed it.
   */
  readonly confirmed: boolean;
  /** The target as Proposta last read or wrote it: a different content is another program's change. */
  readonly expected?: FileStamp;
  /** Keep the previous version as `NAME.bak`. */
  readonly backup?: boolean;
  /** Outputs (dossier, package) never replace a proposal. */
  readonly notAProposal?: boolean;
  /** Files the target may not be, whatever their name (the proposal being exported, its inputs). */
  readonly forbidden?: ReadonlyArray<{ readonly dev: number; readonly ino: number }>;
}

export type WriteResult = { ok: true; bytes: number; stamp: FileStamp } | { ok: false; error: WriteError };

/** Device and inode of existing files: a write may not replace them under any name (for WritePolicy.forbidden). */
export async function identitiesOf(paths: readonly string[]): Promise<Array<{ dev: number; ino: number }>> {
  const ids = await Promise.all(paths.map((p) => stat(p).then((s) => ({ dev: s.dev, ino: s.ino }), () => null)));
  return ids.filter((x): x is { dev: number; ino: number } => x !== null);
}

/** Why the existing target may not be replaced, or null. */
function refusal(existing: Existing, policy: WritePolicy): WriteError | null {
  switch (existing.kind) {
    case 'none':
      return null;
    case 'link':
      return writeError('DESTINAZIONE_COLLEGAMENTO');
    case 'not-file':
      return writeError('DESTINAZIONE_NON_FILE');
    case 'unreadable':
      return writeError('CARTELLA_NON_SCRIVIBILE');
  }
  const { stat: st, stamp, proposalVersion, writable } = existing;
  if (proposalVersion !== null && proposalVersion > SCHEMA_VERSION) return writeError('FILE_VERSIONE_PIU_RECENTE');
  if (policy.notAProposal && proposalVersion !== null) return writeError('DESTINAZIONE_PROPOSTA');
  if (policy.forbidden?.some((f) => f.dev === st.dev && f.ino === st.ino)) return writeError('DESTINAZIONE_FILE_USATO');
  // A rename would replace even a file we may not write: honour its protection. No write bit for
  // anyone means someone protected it on purpose (root could write it anyway).
  if ((st.mode & 0o222) === 0 || !writable) return writeError('FILE_SOLA_LETTURA');
  if (policy.confirmed) return null;
  if (policy.expected) return stamp && sameContent(stamp, policy.expected) ? null : writeError('FILE_MODIFICATO_ESTERNAMENTE');
  return writeError('FILE_ESISTENTE');
}

/**
 * Would writeCarefully() refuse this target? Asked before long work (rendering a dossier, packaging)
 * so that the officer hears of a name to change at once; the write itself checks again.
 */
export async function checkTarget(path: string, policy: WritePolicy): Promise<WriteError | null> {
  try {
    return refusal(await inspectExisting(path), policy);
  } catch (e) {
    return writeFailure(e);
  }
}

async function writeAll(file: WritableFile, source: Uint8Array | AsyncIterable<Uint8Array>): Promise<{ bytes: number; sha256: string }> {
  const h = createHash('sha256');
  let bytes = 0;
  const put = async (chunk: Uint8Array) => {
    h.update(chunk);
    bytes += chunk.byteLength;
    await file.write(chunk);
  };
  if (source instanceof Uint8Array) await put(source);
  else for await (const chunk of source) await put(chunk);
  return { bytes, sha256: h.digest('hex') };
}

/** The owner and the permissions of the file being replaced go to its successor (a 0600 file stays private). */
async function keepOwnerAndMode(file: WritableFile, existing: Existing): Promise<void> {
  if (existing.kind !== 'file') return;
  const { uid, gid, mode } = existing.stat;
  if (process.getuid?.() !== uid || process.getgid?.() !== gid) {
    // Only root may give a file away; anyone else keeps their own ownership.
    await file.chown(uid, gid).catch(() => undefined);
  }
  await file.chmod(mode & 0o7777);
}

/** File systems without hard links (FAT and exFAT sticks, some network shares). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK', 'ENOSYS']);

/**
 * Keeps the previous version as NAME.bak: a second name for the old file (no copy, same owner and
 * permissions), flushed first; where links are impossible, a flushed copy with the same permissions.
 */
async function keepBackup(path: string, existing: Extract<Existing, { kind: 'file' }>, fx: FileEffects, made: string[]): Promise<void> {
  const bakTmp = tempNameFor(path, '.bak');
  await fx.syncFile(path);
  made.push(bakTmp);
  try {
    await fx.link(path, bakTmp);
  } catch (e) {
    if (!NO_LINKS.has((e as NodeJS.ErrnoException).code ?? '') || !existing.bytes) throw e;
    const copy = await fx.create(bakTmp, 0o600);
    try {
      await copy.write(existing.bytes);
      await keepOwnerAndMode(copy, existing);
      await copy.sync();
    } finally {
      await copy.close().catch(() => undefined);
    }
  }
  await fx.rename(bakTmp, `${path}.bak`);
}

/**
 * Writes `source` to `path` so that the path always holds the old or the new content, complete:
 * a temporary file in the same folder (created exclusively, never through a link), fsync, the
 * previous version kept as `.bak` if asked, rename over the target, fsync of the folder. Before
 * that it looks at what it would replace: a link, a folder or device, a read-only file, a proposal
 * of a newer format, a file changed by another program or any existing file not confirmed are
 * refused with their code. Temporary files of interrupted writes of the same file are removed.
 * Never throws; on failure the target is untouched and no temporary file remains.
 */
export async function writeCarefully(
  path: string,
  source: Uint8Array | AsyncIterable<Uint8Array>,
  policy: WritePolicy,
  fx: FileEffects = nodeEffects,
): Promise<WriteResult> {
  const made: string[] = [];
  try {
    const existing = await inspectExisting(path);
    const refused = refusal(existing, policy);
    if (refused) return { ok: false, error: refused };
    await removeLeftovers(path, fx);
    const tmp = tempNameFor(path);
    const file = await fx.create(tmp, existing.kind === 'file' ? 0o600 : 0o666);
    made.push(tmp);
    let written: { bytes: number; sha256: string };
    try {
      written = await writeAll(file, source);
      await keepOwnerAndMode(file, existing);
      await file.sync();
    } finally {
      await file.close().catch(() => undefined);
    }
    if (policy.backup && existing.kind === 'file') await keepBackup(path, existing, fx, made);
    await fx.rename(tmp, path);
    made.length = 0;
    await fx.syncDir(dirname(path));
    const mtimeMs = (await lstat(path).catch(() => null))?.mtimeMs ?? Date.now();
    return { ok: true, bytes: written.bytes, stamp: { size: written.bytes, mtimeMs, sha256: written.sha256 } };
  } catch (e) {
    if (process.env.PROPOSTA_DEBUG) console.error(e);
    for (const f of made) await fx.unlink(f).catch(() => undefined);
    return { ok: false, error: writeFailure(e) };
  }
}
