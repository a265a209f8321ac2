import { loadError, MAX_PROPOSAL_BYTES, parseProposalText, type CallProfile, type LoadResult } from '../../core';
import { readRegularFile, type ReadFailure } from './read';
import { stampOf, type FileStamp } from './stamp';

const DETAIL: Readonly<Record<Exclude<ReadFailure, 'FILE_NON_TROVATO' | 'FILE_TROPPO_GRANDE'>, string>> = {
  FILE_NON_LEGGIBILE: '',
  NON_UN_FILE: ' (non è un file normale: è una cartella, una pipe o un dispositivo)',
  COLLEGAMENTO: ' (è un collegamento simbolico)',
};

/** A load result plus what the file was when read: a later save notices another program's change. */
export type OpenedProposal = LoadResult & { readonly stamp: FileStamp | null };

/**
 * Opens a proposal file: regular files only (a FIFO is refused before it is opened), size limit,
 * strict UTF-8, then the core's parse -> migrate -> validate. Reads at most the limit plus one byte,
 * so a huge file costs nothing. Never writes, never throws.
 */
export async function openProposalFile(path: string, opts: { profile: CallProfile; now: Date; followLinks?: boolean }): Promise<OpenedProposal> {
  const t = await readProposalText(path, opts.followLinks ?? true);
  return t.ok ? { ...parseProposalText(t.text, opts), stamp: t.stamp } : t;
}

/** The text of a file to open (a proposal or a partner module), read as openProposalFile reads it. */
export async function readProposalText(path: string, followLinks: boolean): Promise<{ ok: true; text: string; stamp: FileStamp } | (Extract<LoadResult, { ok: false }> & { stamp: null })> {
  const r = await readRegularFile(path, MAX_PROPOSAL_BYTES, { followLinks });
  if (!r.ok) {
    const error = r.reason === 'FILE_NON_TROVATO' || r.reason === 'FILE_TROPPO_GRANDE' ? loadError(r.reason) : loadError('FILE_NON_LEGGIBILE', DETAIL[r.reason]);
    return { ok: false, error, issues: [], stamp: null };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(r.bytes);
  } catch {
    return { ok: false, error: loadError('CODIFICA_NON_VALIDA'), issues: [], stamp: null };
  }
  return { ok: true, text, stamp: stampOf(r.stat, r.bytes) };
}

/** openProposalFile() without the stamp. */
export async function openProposal(path: string, opts: { profile: CallProfile; now: Date }): Promise<LoadResult> {
  const { stamp: _stamp, ...result } = await openProposalFile(path, opts);
  return result as LoadResult;
}
