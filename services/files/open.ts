import { open as openFile, type FileHandle } from 'node:fs/promises';
import {
  loadError, MAX_PROPOSAL_BYTES, parseProposalText,
  type CallProfile, type LoadErrorCode, type LoadResult,
} from '../../core';

const IO_ERRORS: Readonly<Record<string, LoadErrorCode>> = {
  ENOENT: 'FILE_NON_TROVATO',
  ENOTDIR: 'FILE_NON_TROVATO',
};

function ioFailure(e: unknown): LoadResult {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return { ok: false, error: loadError(IO_ERRORS[code] ?? 'FILE_NON_LEGGIBILE'), issues: [] };
}

/** Reads the file to its end, but never more than the limit plus one byte. */
async function readUpTo(fh: FileHandle, expected: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  let size = Math.min(expected, MAX_PROPOSAL_BYTES) + 1;
  for (;;) {
    const buf = Buffer.allocUnsafe(size);
    const { bytesRead } = await fh.read(buf, 0, size, total);
    if (bytesRead === 0) break;
    chunks.push(buf.subarray(0, bytesRead));
    total += bytesRead;
    if (total > MAX_PROPOSAL_BYTES) break;
    size = Math.min(64 * 1024, MAX_PROPOSAL_BYTES + 1 - total);
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}

/**
 * Opens a proposal file: size limit, UTF-8 decoding, then the core's parse -> migrate -> validate.
 * Reads at most the limit plus one byte, so a huge file costs nothing. Never writes, never throws.
 */
export async function openProposal(path: string, opts: { profile: CallProfile; now: Date }): Promise<LoadResult> {
  let bytes: Buffer;
  try {
    const fh = await openFile(path, 'r');
    try {
      const st = await fh.stat();
      if (!st.isFile()) return { ok: false, error: loadError('FILE_NON_LEGGIBILE', ' (non è un file)'), issues: [] };
      if (st.size > MAX_PROPOSAL_BYTES) return { ok: false, error: loadError('FILE_TROPPO_GRANDE'), issues: [] };
      bytes = await readUpTo(fh, st.size);
      // The file may have grown between stat and read.
      if (bytes.length > MAX_PROPOSAL_BYTES) return { ok: false, error: loadError('FILE_TROPPO_GRANDE'), issues: [] };
    } finally {
      await fh.close();
    }
  } catch (e) {
    return ioFailure(e);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: loadError('CODIFICA_NON_VALIDA'), issues: [] };
  }
  return parseProposalText(text, opts);
}
