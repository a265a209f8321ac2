import type { IssueCode } from './codes';

/**
 * A finding about the proposal. `errore` blocks the submission package, `avviso` is shown and
 * travels in the manifest, `nota` is a point to verify: a check that cannot run until the call
 * profile sets its parameter ("da verificare sull'Avviso"), or a fact for the officer to check (e.g.
 * an AI system's answer on personal data that differs from the inventory).
 */
export type Severity = 'errore' | 'avviso' | 'nota';

export interface Issue {
  /** Stable code from the catalogue (codes.ts), e.g. `POP_SOTTO_SOGLIA`: tests and tools match on it, never on the message. */
  readonly code: IssueCode;
  readonly severity: Severity;
  /** JSON pointer (RFC 6901) of the field to fix; `''` for the whole proposal. */
  readonly pointer: string;
  /** Italian sentence saying what is wrong and what to do. */
  readonly message: string;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { errore: 0, avviso: 1, nota: 2 };

/** What a severity is called, wherever an issue is shown (editor, `proposta validate`, dossier). */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { errore: 'Errore', avviso: 'Avviso', nota: 'Da verificare' };

/** Counts by severity. */
export function countIssues(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { errore: 0, avviso: 0, nota: 0 };
  for (const i of issues) counts[i.severity] += 1;
  return counts;
}
