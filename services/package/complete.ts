/**
 * The card-software path: an unsigned package plus the files the officer signed elsewhere (DiKe,
 * ArubaSign, GoSign, `openssl cms -sign -cades -nodetach`) become the final package, only when each
 * signed file signs exactly the packaged bytes. Nothing is written on a refusal.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkIncrementalExtension, verifyP7m, verifyPdfSignatures } from '../sign';
import type { PackageWriter } from './create';
import { digestFile } from './digest';
import { hashBytes } from './hash';
import { DOSSIER_PDF, MANIFEST_NAME, sha256sums, SIGNATURE_NAME, SIGNED_MANIFEST_NAME, SUMS_NAME, type PackedFile } from './manifest';
import { extractZip } from './zip-read';
import { storedZip, type StoreEntry } from './zip-store';

export const COMPLETE_MESSAGES = {
  PACCHETTO_ILLEGGIBILE: 'Il pacchetto da completare non si legge o è stato rifiutato come ostile.',
  NON_E_UN_PACCHETTO: 'Il file indicato non è un pacchetto di Proposta (mancano manifest.json o dossier.pdf).',
  PACCHETTO_GIA_FIRMATO: 'Il pacchetto contiene già la firma del manifesto: parti dal pacchetto creato con --non-firmato.',
  FIRMATO_NON_RICONOSCIUTO: 'Un file firmato non è né un PDF né un file .p7m (CAdES): indica il manifest.json.p7m e il dossier.pdf firmati.',
  FIRMATI_DOPPI: 'Sono stati indicati due manifesti firmati o due dossier firmati: indicane uno per tipo.',
  MANIFESTO_FIRMATO_DIVERSO: 'Il .p7m non contiene il manifest.json di questo pacchetto: hai firmato il file di un altro pacchetto o una copia modificata.',
  NON_E_IL_PDF_ORIGINALE: 'Il PDF firmato non è il dossier di questo pacchetto con le firme aggiunte: firma il file …-da-firmare-dossier.pdf del pacchetto, in formato PAdES.',
  MODIFICHE_OLTRE_LE_FIRME: 'Il PDF firmato ha modifiche oltre alle firme: firma il dossier senza modificarlo, in formato PAdES.',
  FILE_NON_FIRMATO: 'Uno dei file indicati come firmati non contiene alcuna firma.',
  FIRMA_NON_VALIDA: 'Una firma dei file indicati non è valida: firma di nuovo il file.',
} as const;
export type CompleteCode = keyof typeof COMPLETE_MESSAGES;

export type CompleteResult = { ok: true; signedFiles: string[] } | { ok: false; code: CompleteCode | string; message: string; file?: string };

const refuse = (code: CompleteCode, file?: string): CompleteResult => ({ ok: false, code, message: COMPLETE_MESSAGES[code], ...(file ? { file } : {}) });
const isPdf = (b: Uint8Array) => Buffer.from(b.subarray(0, 1024)).includes('%PDF-');

/** The final package from `zipPath` and the signed files (the signed manifest and/or the signed dossier). */
export async function completePackage(zipPath: string, signedFiles: ReadonlyArray<{ name: string; bytes: Uint8Array }>, write: PackageWriter, now: Date): Promise<CompleteResult> {
  const dir = await mkdtemp(join(tmpdir(), 'proposta-completa-'));
  try {
    const x = await extractZip(zipPath, dir);
    if (!x.ok) return refuse('PACCHETTO_ILLEGGIBILE');
    const byName = new Map(x.entries.map((e) => [e.name, e]));
    const manifestEntry = byName.get(MANIFEST_NAME);
    const pdfEntry = byName.get(DOSSIER_PDF);
    if (!manifestEntry || !pdfEntry) return refuse('NON_E_UN_PACCHETTO');
    if (byName.has(SIGNED_MANIFEST_NAME) || byName.has(SIGNATURE_NAME)) return refuse('PACCHETTO_GIA_FIRMATO');
    const manifest = await readFile(manifestEntry.path);
    const original = await readFile(pdfEntry.path);

    let p7m: Uint8Array | undefined;
    let pdf: Uint8Array | undefined;
    for (const f of signedFiles) {
      if (isPdf(f.bytes)) {
        if (pdf) return refuse('FIRMATI_DOPPI', f.name);
        const ext = await checkIncrementalExtension(original, f.bytes);
        if (!ext.ok) return refuse(ext.code, f.name);
        const v = await verifyPdfSignatures(f.bytes, { now });
        if (v.signatures.length === 0) return refuse('FILE_NON_FIRMATO', f.name);
        if (v.signatures.some((s) => s.problems.some((p) => p.code === 'FIRMA_NON_VALIDA' || p.code === 'IMPRONTA_DIVERSA'))) return refuse('FIRMA_NON_VALIDA', f.name);
        pdf = f.bytes;
      } else {
        const v = await verifyP7m(f.bytes, { now });
        if (!v.readable) return refuse('FIRMATO_NON_RICONOSCIUTO', f.name);
        if (p7m) return refuse('FIRMATI_DOPPI', f.name);
        if (!v.content || !Buffer.from(v.content).equals(manifest)) return refuse('MANIFESTO_FIRMATO_DIVERSO', f.name);
        if (v.signers.length === 0) return refuse('FILE_NON_FIRMATO', f.name);
        if (v.signers.some((s) => s.problems.some((p) => p.code === 'FIRMA_NON_VALIDA' || p.code === 'IMPRONTA_DIVERSA'))) return refuse('FIRMA_NON_VALIDA', f.name);
        p7m = f.bytes;
      }
    }

    // The zip's own order; the signed dossier in place of the packaged one, the .p7m after the manifest.
    const entries: StoreEntry[] = [];
    const listed: PackedFile[] = [];
    for (const e of x.entries) {
      if (e.name === SUMS_NAME) continue;
      if (e.name === DOSSIER_PDF && pdf) {
        entries.push({ name: e.name, source: { kind: 'bytes', data: pdf } });
        listed.push({ name: e.name, ...hashBytes(pdf) });
        continue;
      }
      const d = await digestFile(e.path);
      entries.push({ name: e.name, source: { kind: 'file', path: e.path, size: d.size, crc32: d.crc32 } });
      listed.push({ name: e.name, size: d.size, sha256: d.sha256 });
      if (e.name === MANIFEST_NAME && p7m) {
        entries.push({ name: SIGNED_MANIFEST_NAME, source: { kind: 'bytes', data: p7m } });
        listed.push({ name: SIGNED_MANIFEST_NAME, ...hashBytes(p7m) });
      }
    }
    entries.push({ name: SUMS_NAME, source: { kind: 'bytes', data: new TextEncoder().encode(sha256sums(listed)) } });
    const written = await write(storedZip(entries), []);
    if (!written.ok) return { ok: false, code: written.error.code, message: written.error.message };
    return { ok: true, signedFiles: [...(p7m ? [SIGNED_MANIFEST_NAME] : []), ...(pdf ? [DOSSIER_PDF] : [])] };
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }
}
