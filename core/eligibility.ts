import { countBodies, membersOf, populationVerdict } from './derive/ente';
import type { CallProfile, Proposal } from './generated/types';
import type { IssueCode } from './validation/codes';
import type { Issue } from './validation/issue';
import { validate } from './validation/validate';

/** Codes of the rules that decide who may apply. */
export const ELIGIBILITY_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'TIPO_NON_AMMESSO', 'PARTNER_NON_AMMESSI', 'POP_MANCANTE', 'POP_SOTTO_SOGLIA', 'POP_AGGREGAZIONE_SOTTO_SOGLIA',
  'AGGREGAZIONE_POCHI_COMUNI', 'COMUNE_DUPLICATO', 'ISTAT_MANCANTE', 'ISTAT_NON_PUGLIESE', 'TIPO_ENTE_INCOERENTE', 'POP_DIVERSA_DAL_CENSIMENTO',
  'QUALIFICANTE_MANCANTE', 'AVVISO_DIVERSO', 'SPORTELLO_CHIUSO', 'SPORTELLO_NON_APERTO', 'SPORTELLO_IN_CHIUSURA',
]);

/** Schema findings on the fields that decide eligibility (a population of 1e308 is not a population). */
const ELIGIBILITY_FIELDS = /^\/ente\/(tipo|capofila\/(codiceIstat|popolazione\/valore)|partner(\/\d+\/(codiceIstat|popolazione\/valore))?)$/;

export interface EligibilityReport {
  readonly eligible: boolean;
  readonly tipo: Proposal['ente']['tipo'];
  /** Declared population that counts (an aggregation's distinct Comuni of Puglia); see derive/ente.ts. */
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
  const issues = validate(doc, opts).filter((i) => ELIGIBILITY_CODES.has(i.code) || (i.code.startsWith('SCHEMA_') && ELIGIBILITY_FIELDS.test(i.pointer)));
  const verdict = populationVerdict(doc, opts.profile);
  return {
    eligible: !issues.some((i) => i.severity === 'errore'),
    tipo: doc.ente.tipo,
    popolazione: verdict.kind === 'esente' ? null : verdict.popolazione,
    sogliaPopolazione: opts.profile.ammissibilita.popolazioneMinima,
    esenteDaSoglia: verdict.kind === 'esente',
    enti: membersOf(doc).map((m) => ({ denominazione: m.data.denominazione, codiceIstat: m.data.codiceIstat, popolazione: m.data.popolazione.valore })),
    rco14: countBodies(doc),
    issues,
  };
}
