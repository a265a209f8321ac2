// One attachment's file as the editor, `proposta validate` and the package read it. Kept light (no zip,
// no CRC thread) because `proposta validate` loads it.
import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { AttachmentFileState } from '../../core';
import type { FileDigest } from './hash';

/** Whether `path` (resolved) lies inside `folder` (resolved): `..x` is a name inside, `../x` is not (nor another drive). */
export const insideFolder = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel !== '' && !isAbsolute(rel) && !rel.split(sep).includes('..');
};

/**
 * One attachment's file, read once through `digest`: present with the declared fingerprint, missing,
 * changed, outside the proposal's folder (through `..` or a link) or unreadable. The editor, `proposta
 * validate` and the package all classify with this, so that the three always agree.
 */
export async function readAttachment<D extends FileDigest>(
  folder: string, nomeFile: string, declared: string, digest: (path: string) => Promise<D>,
): Promise<{ state: Exclude<AttachmentFileState, 'presente' | 'diverso'> } | { state: 'presente' | 'diverso'; path: string; digest: D }> {
  let real: string;
  try {
    real = await realpath(join(folder, nomeFile));
  } catch {
    return { state: 'mancante' };
  }
  if (!insideFolder(folder, real)) return { state: 'fuori-cartella' };
  try {
    const d = await digest(real);
    return { state: declared !== '' && declared !== d.sha256 ? 'diverso' : 'presente', path: real, digest: d };
  } catch {
    return { state: 'non-leggibile' };
  }
}
