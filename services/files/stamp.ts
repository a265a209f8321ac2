import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { access, lstat } from 'node:fs/promises';
import { MAX_PROPOSAL_BYTES } from '../../core';
import { readRegularFile } from './read';

/**
 * What a file was when Proposta last read or wrote it: a save compares it with the file on disk to
 * notice another program's change (size and SHA-256 decide; mtime is kept for the message).
 */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export const stampOf = (st: Stats, bytes: Uint8Array): FileStamp => ({ size: st.size, mtimeMs: st.mtimeMs, sha256: sha256(bytes) });

/** The same content: size and hash (a copy tool may keep the mtime of a changed file). */
export const sameContent = (a: FileStamp, b: FileStamp): boolean => a.size === b.size && a.sha256 === b.sha256;

/** What is at a path a write is about to replace. */
export type Existing =
  | { readonly kind: 'none' }
  | { readonly kind: 'link' | 'not-file' | 'unreadable' }
  | {
      readonly kind: 'file';
      readonly stat: Stats;
      /** Null when the file is larger than any proposal: it cannot be one Proposta wrote. */
      readonly stamp: FileStamp | null;
      /** The `schemaVersion` when the file is a proposal, else null. */
      readonly proposalVersion: number | null;
      /** Its content, when of proposal size (a `.bak` copy where links are not possible). */
      readonly bytes: Buffer | null;
      /** This process may write it (its permissions allow it). */
      readonly writable: boolean;
    };

const writableBy = (path: string): Promise<boolean> => access(path, constants.W_OK).then(() => true, () => false);

function proposalVersion(bytes: Buffer): number | null {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('{')) return null;
  try {
    const v = (JSON.parse(text) as { schemaVersion?: unknown }).schemaVersion;
    return Number.isInteger(v) ? (v as number) : null;
  } catch {
    return null;
  }
}

/** Looks at `path` without following a link and, when it is a file of proposal size, reads it once. */
export async function inspectExisting(path: string): Promise<Existing> {
  const r = await readRegularFile(path, MAX_PROPOSAL_BYTES, { followLinks: false });
  if (r.ok) return { kind: 'file', stat: r.stat, stamp: stampOf(r.stat, r.bytes), proposalVersion: proposalVersion(r.bytes), bytes: r.bytes, writable: await writableBy(path) };
  switch (r.reason) {
    case 'FILE_NON_TROVATO':
      return { kind: 'none' };
    case 'COLLEGAMENTO':
      return { kind: 'link' };
    case 'NON_UN_FILE':
      return { kind: 'not-file' };
    case 'FILE_TROPPO_GRANDE':
      return { kind: 'file', stat: await lstat(path), stamp: null, proposalVersion: null, bytes: null, writable: await writableBy(path) };
    default:
      return { kind: 'unreadable' };
  }
}
