/**
 * The verdict of a {@link VerificationReport} and the exit code of `proposta verify`: 0 only when every
 * level of every signer passes; 1 when something is altered or invalid; 2 when the input was
 * unreadable or refused as hostile (and then nothing else is said); 3 when everything is intact but
 * not trustworthy (unsigned, untrusted chain, unproven time, signer not the legal representative).
 * Pure: no I/O, no clock.
 */
import { LEVEL_MESSAGES } from './codes';
import type { LevelName, LevelOutcome, VerificationReport } from './types';

export type ExitCode = 0 | 1 | 2 | 3;

/** One reason why the verdict is not "valido". */
export interface Reason {
  exitCode: 1 | 2 | 3;
  code: string;
  message: string;
  file?: string;
  /** Name and codice fiscale of the signer, as in the certificate. */
  signer?: string;
  level?: LevelName;
}

export interface VerificationSummary {
  exitCode: ExitCode;
  verdict: 'valido' | 'non-valido' | 'illeggibile' | 'non-affidabile';
  /** Most serious first. */
  reasons: Reason[];
  /** What was not checked even when everything passed. */
  notes: string[];
}

const EXIT: Readonly<Record<Exclude<LevelOutcome, 'superato'>, 1 | 3>> = { 'non-valido': 1, 'non-fidato': 3, 'non-verificato': 3 };
const VERDICT = { 0: 'valido', 1: 'non-valido', 2: 'illeggibile', 3: 'non-affidabile' } as const;

/** Maps the levels to the exit code, listing every level that did not pass. */
export function summarizeVerification(report: VerificationReport): VerificationSummary {
  if (report.refused) return { exitCode: 2, verdict: 'illeggibile', reasons: [{ exitCode: 2, ...report.refused }], notes: [] };
  const unreadable = report.files.filter((f) => !f.readable);
  if (unreadable.length > 0) {
    return {
      exitCode: 2,
      verdict: 'illeggibile',
      reasons: unreadable.map((f) => ({ exitCode: 2, code: 'FILE_FIRMATO_ILLEGGIBILE', file: f.file, message: `Il file «${f.file}» non è leggibile come file firmato.` })),
      notes: [],
    };
  }
  const reasons: Reason[] = [];
  const notes = new Set<string>(['Revoca dei certificati non verificata: la verifica è fuori linea (nessuna CRL né OCSP).']);
  if (report.anchorSource === 'elenco-fiducia') notes.add("La firma XAdES dell'elenco di fiducia indicato non è verificata: usare una copia ottenuta da AgID.");
  if (report.files.length === 0) reasons.push({ exitCode: 3, code: 'NESSUN_FILE_FIRMATO', message: LEVEL_MESSAGES.NESSUN_FILE_FIRMATO });
  for (const file of report.files) {
    for (const p of file.problems) {
      if (p.outcome !== 'superato') reasons.push({ exitCode: EXIT[p.outcome], code: p.code, message: p.message, file: file.file, level: p.level });
    }
    for (const signer of file.signers) {
      const who = [signer.name, signer.fiscalCode].filter(Boolean).join(' ') || undefined;
      for (const l of signer.levels) {
        if (l.outcome !== 'superato') reasons.push({ exitCode: EXIT[l.outcome], code: l.code, message: l.message, file: file.file, level: l.level, ...(who ? { signer: who } : {}) });
      }
      if (signer.levels.every((l) => l.outcome === 'superato')) {
        notes.add(signer.timestampPresent
          ? "L'ora di firma è quella dichiarata: la marca temporale presente non è verificata."
          : "L'ora di firma è quella dichiarata dal firmatario (nessuna marca temporale).");
      }
    }
  }
  reasons.sort((a, b) => a.exitCode - b.exitCode);
  const exitCode: ExitCode = reasons.length === 0 ? 0 : reasons.some((r) => r.exitCode === 1) ? 1 : 3;
  return { exitCode, verdict: VERDICT[exitCode], reasons, notes: [...notes] };
}
