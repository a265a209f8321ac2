import type { ComplianceRule, ComplianceRules } from '../generated/types';
import type { AiClassification } from './classify';
import { evaluate, type Truth } from './condition';
import type { AiAnswers, QuestionKey } from './questions';
import { defaultComplianceRules, formatReference } from './rules';

/** An obligation a system carries, with everything the editor and the dossier show beside it. */
export interface DerivedObligation {
  readonly ruleId: string;
  readonly tipo: ComplianceRule['tipo'];
  readonly titolo: string;
  /** E.g. «Reg. (UE) 2024/1689, art. 27, par. 1». */
  readonly riferimento: string;
  readonly url: string | null;
  readonly obbligo: string;
  readonly parafrasi: string;
  readonly citazione: string;
  readonly comeLoSoddisfiamo: string;
  readonly soggetto: ComplianceRule['soggetto'];
  readonly siApplicaDal: string | null;
  readonly stato: ComplianceRule['stato'];
  readonly notaStato: string | null;
  readonly misura: ComplianceRule['misura'];
  /** `dovuto`: the answers make it apply; `da-completare`: it applies unless an open answer rules it out. */
  readonly certezza: 'dovuto' | 'da-completare';
  /** Questions whose answer decides whether it applies (empty when `dovuto`). */
  readonly mancanti: readonly QuestionKey[];
  /** For the DPIA: the criteria (rule ids) that make it due. */
  readonly motivi: readonly string[];
}

export interface ObligationOptions {
  /** Whether a DPIA is due for this system (see `dpiaNeedOf`); the GDPR rule reads it. */
  readonly dpiaNecessaria?: Truth;
  /** The DPIA criteria met, listed as reasons of the DPIA obligation. */
  readonly dpiaMotivi?: readonly string[];
}

/** Rule kinds that are obligations when their condition holds. */
const OBLIGATION_KINDS: ReadonlySet<ComplianceRule['tipo']> = new Set(['divieto', 'trasparenza', 'obbligo']);

/**
 * The obligations of one AI system: the prohibitions it falls under, the Art. 50 duties and every
 * «obbligo» rule whose condition holds (or may hold, while answers are missing), each with its
 * source, date and verification state. A prohibited system only gets its prohibitions: nothing
 * else makes it usable.
 */
export function deriveObligations(
  answers: AiAnswers,
  classification: AiClassification,
  rules: ComplianceRules = defaultComplianceRules(),
  options: ObligationOptions = {},
): DerivedObligation[] {
  const facts = {
    classe: classification.classe === 'incompleto' ? undefined : classification.classe,
    puntiAllegato: classification.classe === 'incompleto' ? undefined : classification.puntiAllegato,
    dpiaNecessaria: options.dpiaNecessaria ?? 'unknown',
  };
  const out: DerivedObligation[] = [];
  for (const rule of rules.regole) {
    if (!OBLIGATION_KINDS.has(rule.tipo)) continue;
    if (classification.classe === 'vietato' && rule.tipo !== 'divieto') continue;
    const { value, missing } = evaluate(rule.condizione, answers, facts);
    if (value === false) continue;
    // A condition on the class or on the DPIA waits for the answers those need.
    const open = value === 'unknown' && missing.length === 0 ? classification.mancanti : missing;
    out.push({
      ruleId: rule.id,
      tipo: rule.tipo,
      titolo: rule.titolo,
      riferimento: formatReference(rule.fonte, rules),
      url: rules.atti.find((a) => a.id === rule.fonte.atto)?.url ?? null,
      obbligo: rule.obbligo,
      parafrasi: rule.parafrasi,
      citazione: rule.citazione,
      comeLoSoddisfiamo: rule.comeLoSoddisfiamo,
      soggetto: rule.soggetto,
      siApplicaDal: rule.siApplicaDal,
      stato: rule.stato,
      notaStato: rule.notaStato,
      misura: rule.misura,
      certezza: value === true ? 'dovuto' : 'da-completare',
      mancanti: value === true ? [] : open,
      motivi: rule.condizione.derivato === 'dpia-necessaria' ? options.dpiaMotivi ?? [] : [],
    });
  }
  return out;
}
