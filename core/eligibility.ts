import type { CallProfile, Proposal } from './generated/types';
import { countBodies, membersOf } from './sections/ente';
import type { Issue } from './validation/issue';
import { validate } from './validation/validate';

/** Codes of the rules that decide who may apply. */
export const ELIGIBILITY_CODES: ReadonlySet<string> = new Set([
  'TIPO_NON_AMMESSO', 'PARTNER_NON_AMMESSI', 'POP_MANCANTE', 'POP_SOTTO_SOGLIA', 'POP_AGGREGAZIONE_SOTTO_SOGLIA',
  'AGGREGAZIONE_POCHI_COMUNI', 'COMUNE_DUPLICATO', 'ISTAT_MANCANTE', 'ISTAT_NON_PUGLIESE', 'TIPO_ENTE_INCOERENTE', 'POP_DIVERSA_DAL_CENSIMENTO',
  'QUALIFICANTE_MANCANTE', 'AVVISO_DIVERSO', 'SPORTELLO_CHIUSO', 'SPORTELLO_NON_APERTO', 'SPORTELLO_IN_CHIUSURA',
]);

export interface EligibilityReport {
  readonly eligible: boolean;
  readonly tipo: Proposal['ente']['tipo'];
  /** Declared population, summed over the distinct Comuni of an aggregation. */
  readonly popolazione: number | null;
  readonly sogliaPopolazione: number | null;
  readonly esenteDaSoglia: boolean;
  readonly enti: ReadonlyArray<{ denominazione: string; codiceIstat: string; popolazione: number | null }>;
  /** RCO14: number of public bodies supported. */
  readonly rco14: number;
  readonly issues: readonly Issue[];
}

/** Whether this body (or aggregation) may apply to the call, and why not. */
export function eligibility(doc: Proposal, opts: { profile: CallProfile; now: Date }): EligibilityReport {
  const issues = validate(doc, opts).filter((i) => ELIGIBILITY_CODES.has(i.code));
  const members = membersOf(doc);
  const distinct = new Map(members.map((m) => [m.data.codiceIstat || m.pointer, m.data.popolazione.valore]));
  const values = [...distinct.values()];
  const exempt = opts.profile.ammissibilita.tipiEsentiDaSoglia.includes(doc.ente.tipo);
  return {
    eligible: !issues.some((i) => i.severity === 'errore'),
    tipo: doc.ente.tipo,
    popolazione: values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null,
    sogliaPopolazione: opts.profile.ammissibilita.popolazioneMinima,
    esenteDaSoglia: exempt,
    enti: members.map((m) => ({ denominazione: m.data.denominazione, codiceIstat: m.data.codiceIstat, popolazione: m.data.popolazione.valore })),
    rco14: countBodies(doc),
    issues,
  };
}
