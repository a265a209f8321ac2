import { constants } from 'node:fs';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { LevelLine, SignedFileLevels, VerificationVerdict } from '../../core';
import { summarizeVerification } from '../sign/levels/summary';
import type { LevelResult, SignedFileReport, TrustContext } from '../sign/levels/types';
import { checkContents, type ContentsResult } from './verify-contents';
import type { Problem, SignatureAssessors, VerifyOptions, VerifyReport } from './verify-types';
import { extractZip } from './zip-read';

export type { Problem, SignatureAssessors, VerifyOptions, VerifyReport } from './verify-types';

/** A whole package signed as `.zip.p7m` is read into memory: beyond this it is refused. */
const MAX_WRAPPED = 1024 ** 3;

const lines = (levels: readonly LevelResult[]): LevelLine[] => levels.map((l) => ({ livello: l.level, esito: l.outcome, codice: l.code, messaggio: l.message }));

/** The report of services/sign in the words of the contract (dates as ISO text). */
export function levelsOf(f: SignedFileReport): SignedFileLevels {
  return {
    file: f.file,
    formato: f.format,
    problemi: lines(f.problems),
    firmatari: f.signers.map((s) => ({
      ...(s.name ? { nome: s.name } : {}), ...(s.fiscalCode ? { codiceFiscale: s.fiscalCode } : {}),
      ...(s.claimedTime ? { oraDichiarata: s.claimedTime.toISOString() } : {}),
      marcaTemporale: s.timestampPresent, livelli: lines(s.levels),
    })),
  };
}

/** Unreadable or hostile input: exit 2, and nothing else is said (no "non firmato" line). */
function refused(p: Problem): VerifyReport {
  const esito: VerificationVerdict = { codiceUscita: 2, verdetto: 'illeggibile', motivi: [{ gravita: 2, ...p }], note: [] };
  return { leggibile: false, valido: false, firmato: false, problemi: [p], esito };
}

/** Package problems (exit 1) first, then every level that did not pass, as one verdict. */
function verdict(c: ContentsResult, wrapper: SignedFileReport | undefined, anchorSource: VerifyOptions['anchorSource']): VerificationVerdict {
  const files = [...(wrapper ? [wrapper] : []), ...c.signed];
  // A signature file inside a readable package that does not parse was damaged: exit 1, that file named.
  const damaged: Problem[] = files.filter((f) => !f.readable).map((f) => ({ codice: 'FILE_FIRMATO_ILLEGGIBILE', file: f.file, messaggio: `Il file «${f.file}» non è leggibile come file firmato: è stato danneggiato o sostituito.` }));
  const summary = summarizeVerification({ files: files.filter((f) => f.readable), ...(anchorSource ? { anchorSource } : {}) });
  const own = [...c.problems, ...damaged].map((p) => ({ gravita: 1 as const, ...p }));
  const motivi = [...own, ...summary.reasons.map((r) => ({ gravita: r.exitCode, codice: r.code, messaggio: r.message, ...(r.file ? { file: r.file } : {}), ...(r.signer ? { firmatario: r.signer } : {}), ...(r.level ? { livello: r.level } : {}) }))];
  const codiceUscita = own.length > 0 ? 1 : summary.exitCode === 2 ? 1 : summary.exitCode;
  const verdetto = ({ 0: 'valido', 1: 'non-valido', 3: 'non-affidabile' } as const)[codiceUscita];
  return { codiceUscita, verdetto, motivi: motivi.sort((a, b) => a.gravita - b.gravita), note: summary.notes };
}

/**
 * Whether the file starts as a ZIP does (a local header or an empty archive's end record). Anything that
 * is not a regular file counts as a ZIP here: the extractor refuses it with its own code, without waiting.
 */
async function looksLikeZip(path: string): Promise<boolean> {
  const fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(() => null);
  if (!fh) return true;
  try {
    if (!(await fh.stat()).isFile()) return true;
    const head = Buffer.alloc(4);
    const { bytesRead } = await fh.read(head, 0, 4, 0);
    return bytesRead < 4 || head.readUInt32LE(0) === 0x04034b50 || head.readUInt32LE(0) === 0x06054b50;
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/**
 * Checks a submission package without trusting Proposta's own output: every hash, every signer of
 * every signed file by levels (services/sign/levels), the attachments declared signed, the proposal's
 * validation. A whole package signed as `.zip.p7m` (DiKe, ArubaSign) is unwrapped first and its
 * signers listed too. Extracts into a private temporary folder, always removed. Never throws.
 */
export async function verifyPackage(path: string, assessors: SignatureAssessors, opts: VerifyOptions): Promise<VerifyReport> {
  const dir = await mkdtemp(join(tmpdir(), 'proposta-verifica-'));
  try {
    let zipPath = path;
    let wrapped: { bytes: Uint8Array } | undefined;
    if (!(await looksLikeZip(path))) {
      const { readRegularFile } = await import('../files/read');
      const read = await readRegularFile(path, MAX_WRAPPED, { followLinks: true });
      if (!read.ok) return refused({ codice: 'PACCHETTO_ILLEGGIBILE', messaggio: 'Il file non si legge: non esiste, non è un file normale o supera 1 GB.' });
      const r = await assessors.p7m(basename(path), read.bytes, { anchors: [], now: opts.now });
      if (!r.content || !r.report.readable) return refused({ codice: 'PACCHETTO_ILLEGGIBILE', messaggio: 'Il file non è un pacchetto ZIP né un pacchetto firmato .zip.p7m leggibile.' });
      zipPath = join(dir, 'pacchetto.zip');
      await writeFile(zipPath, r.content);
      wrapped = { bytes: read.bytes };
    }
    const x = await extractZip(zipPath, join(dir, 'x'));
    if (!x.ok) return refused({ codice: x.problem.code, messaggio: x.problem.message, ...(x.problem.file ? { file: x.problem.file } : {}) });
    const c = await checkContents(new Map(x.entries.map((e) => [e.name, e])), assessors, opts);
    // The wrapping signature is the legal representative's too: assessed again now that the proposal is known.
    const ctx: TrustContext = { anchors: opts.anchors ?? [], now: opts.now, ...(opts.anchorSource ? { anchorSource: opts.anchorSource } : {}), ...(c.expectedFiscalCode ? { expectedFiscalCode: c.expectedFiscalCode } : {}) };
    const wrapper = wrapped ? (await assessors.p7m(basename(path), wrapped.bytes, ctx)).report : undefined;
    const esito = verdict(c, wrapper, opts.anchorSource);
    const m = c.manifest;
    return {
      leggibile: true,
      valido: esito.codiceUscita === 0,
      firmato: [...(wrapper ? [wrapper] : []), ...c.signed].some((f) => f.signers.length > 0),
      ...(c.signer ? { firmatario: c.signer } : {}),
      ...(m ? { manifesto: { versioneApp: m.versioneApp, schemaVersion: m.schemaVersion, avviso: m.avviso, creato: m.creato, proposta: m.proposta, avvisi: m.prontezza.avvisi.length } } : {}),
      problemi: c.problems,
      firmati: [...(wrapper ? [wrapper] : []), ...c.signed].map(levelsOf),
      esito,
    };
  } catch (e) {
    if (process.env.PROPOSTA_DEBUG) console.error(e);
    const p: Problem = { codice: 'VERIFICA_NON_COMPLETATA', messaggio: `La verifica non si è potuta completare (${e instanceof TypeError ? e.message : 'un file del pacchetto non si legge'}): il pacchetto non può essere considerato valido.` };
    return { leggibile: true, valido: false, firmato: false, problemi: [p], esito: { codiceUscita: 1, verdetto: 'non-valido', motivi: [{ gravita: 1, ...p }], note: [] } };
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }
}
