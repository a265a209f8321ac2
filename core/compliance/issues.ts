import type { ComplianceRule, ComplianceRules, Conformita, SoluzioneIa } from '../generated/types';
import { RULE_CODES, type RuleCode } from '../validation/codes';
import type { Severity } from '../validation/issue';
import { declaredRiskOf, type AiClassification } from './classify';
import { questionsIn } from './condition';
import type { InventoryFlags, DpiaNeed } from './dpia';
import type { DerivedObligation } from './obligations';
import { questionOf, type AiAnswers, type QuestionKey } from './questions';
import { defaultComplianceRules, formatReference, ruleById } from './rules';

export type MeasureKey = NonNullable<ComplianceRule['misura']>;

/** The measures an officer describes for one system, as plain texts (blank = not described). */
export type DescribedMeasures = Partial<Record<MeasureKey, string>>;

/** Where a finding belongs, for the caller to map onto the proposal's pointers. */
export type ComplianceField = `questionario/${QuestionKey}` | `misure/${MeasureKey}` | 'classe' | 'rischioAiAct' | 'dpia';

/** The codes the compliance helper raises (in the catalogue, core/validation/codes.ts). */
export type ComplianceCode = Extract<RuleCode, `IA_${string}` | `DPIA_DERIVATA_${string}` | 'DPIA_DA_COMPLETARE'>;

/** Every code the compliance helper raises, for tools that report only those (`proposta conformita`). */
export const COMPLIANCE_CODES: readonly ComplianceCode[] = (Object.keys(RULE_CODES) as RuleCode[])
  .filter((c): c is ComplianceCode => /^(IA_|DPIA_DERIVATA_|DPIA_DA_COMPLETARE$)/.test(c));

/** True for a code of the compliance helper. */
export const isComplianceCode = (code: string): code is ComplianceCode => (COMPLIANCE_CODES as readonly string[]).includes(code);

/** Where the helper reads its answers: the systems' questionnaires and measures, and d) and e)'s declared class. */
const ANSWERS = /^\/(conformita\/sistemiIa|ricerca\/ia|orchestrazione\/ia)(\/|$)/;

/**
 * The issues a compliance report lists (`proposta conformita`): the helper's findings, and any schema error
 * in the answers it reads, so that an answer it cannot read («SI», 42) is never reported as «nessun errore».
 */
export const isComplianceIssue = (issue: { readonly code: string; readonly pointer: string }): boolean =>
  isComplianceCode(issue.code) || (issue.code.startsWith('SCHEMA_') && ANSWERS.test(issue.pointer));

/** A finding of the compliance helper: a stable code, its severity, a field and an Italian message. */
export interface ComplianceFinding {
  readonly code: ComplianceCode;
  readonly severity: Severity;
  readonly field: ComplianceField;
  readonly message: string;
}

/** A finding with the severity the catalogue gives its code. */
const finding = (code: ComplianceCode, field: ComplianceField, message: string): ComplianceFinding =>
  ({ code, severity: RULE_CODES[code].severity, field, message });

/** The question that makes a prohibition apply: the last «sì» its condition asks for. */
function decisiveQuestion(rule: ComplianceRule | undefined): ComplianceField {
  const yes = rule ? questionsIn(rule.condizione).filter((q) => q.value === 'si') : [];
  const last = yes.at(-1);
  return last ? `questionario/${last.key}` : 'classe';
}

const blank = (s: string | undefined): boolean => (s ?? '').trim() === '';
const list = (xs: readonly string[]): string => xs.join('; ');

/** A prohibited practice is an error; an incomplete questionnaire is a warning naming what to answer. */
export function classificationFindings(
  c: AiClassification,
  systemName: string,
  rules: ComplianceRules = defaultComplianceRules(),
): ComplianceFinding[] {
  if (c.classe === 'vietato') {
    const bans = c.motivi.map((id) => ruleById(rules, id)).filter((r) => r !== undefined);
    const refs = bans.map((r) => `${r.titolo} (${formatReference(r.fonte, rules)})`);
    return [finding('IA_PRATICA_VIETATA', decisiveQuestion(bans[0]),
      `«${systemName}» rientra in una pratica vietata dall'AI Act: ${list(refs)}. Un sistema così non può essere finanziato né usato: elimina la funzione o rivedi le risposte se non descrivono il sistema.`)];
  }
  if (c.classe === 'incompleto') {
    const first = c.mancanti[0];
    const what = c.mancanti.map((k) => `«${questionOf(k).text}»`).join(' ');
    return [finding('IA_QUESTIONARIO_INCOMPLETO', first ? `questionario/${first}` : 'classe',
      `La classe di rischio di «${systemName}» non si può ancora stabilire. Rispondi a: ${what}`)];
  }
  return [];
}

const HIGH_RISK_MEASURES: Readonly<Partial<Record<MeasureKey, { code: ComplianceCode; what: string }>>> = {
  'valutazione-diritti': { code: 'IA_ALTO_RISCHIO_SENZA_FRIA', what: "il piano della valutazione d'impatto sui diritti fondamentali" },
  'sorveglianza-umana': { code: 'IA_ALTO_RISCHIO_SENZA_SORVEGLIANZA', what: 'le misure di sorveglianza umana' },
  'conservazione-log': { code: 'IA_ALTO_RISCHIO_SENZA_LOG', what: 'come e per quanto tempo sono conservati i log' },
};

/**
 * Checks that each measure a due obligation needs is described: missing for a high-risk system,
 * the FRIA plan, human oversight and log retention are errors; a missing notice to the persons
 * (transparency duties) is a warning, as is missing human oversight for any other system.
 */
export function measureFindings(
  obligations: readonly DerivedObligation[],
  c: AiClassification,
  measures: DescribedMeasures,
  systemName: string,
): ComplianceFinding[] {
  const needed = new Map<MeasureKey, string[]>();
  for (const o of obligations) {
    if (o.certezza !== 'dovuto' || o.misura === null) continue;
    needed.set(o.misura, [...(needed.get(o.misura) ?? []), o.riferimento]);
  }
  const out: ComplianceFinding[] = [];
  for (const [measure, refs] of needed) {
    if (!blank(measures[measure])) continue;
    const field: ComplianceField = `misure/${measure}`;
    const hr = HIGH_RISK_MEASURES[measure];
    if (hr && c.classe === 'alto-rischio') {
      out.push(finding(hr.code, field, `«${systemName}» è ad alto rischio: descrivi ${hr.what} (${list(refs)}).`));
    } else if (measure === 'avviso') {
      out.push(finding('IA_TRASPARENZA_SENZA_AVVISO', field, `Per «${systemName}» valgono obblighi di informazione delle persone (${list(refs)}): descrivi l'avviso, dove compare e quando la persona lo riceve.`));
    } else if (measure === 'sorveglianza-umana') {
      out.push(finding('IA_SENZA_SORVEGLIANZA_UMANA', field, `Descrivi chi esamina le uscite di «${systemName}» e come può correggerle prima che diventino atti (${list(refs)}).`));
    }
  }
  return out;
}

/** The declared «classe di rischio» of a component against the derived class. */
export function declaredRiskFindings(c: AiClassification, declared: SoluzioneIa['rischioAiAct'], systemName: string): ComplianceFinding[] {
  const expected = declaredRiskOf(c);
  if (declared === '' || expected === null || declared === expected) return [];
  const label = { minimo: 'rischio minimo', limitato: 'rischio limitato (obblighi di trasparenza)', alto: 'alto rischio' } as const;
  return [finding('IA_CLASSE_DICHIARATA_DIVERSA', 'rischioAiAct',
    `Per «${systemName}» hai indicato «${label[declared]}», ma dalle risposte al questionario risulta «${label[expected]}». Correggi la classe o le risposte.`)];
}

/**
 * The derived DPIA need against the declared `dpia` value. Declaring it unnecessary (or still to
 * assess) when a criterion applies is a warning, and so is declaring it unnecessary while answers
 * that could make it due are missing; planning one that no criterion requires is only a note, since
 * a DPIA done for prudence harms no one. An empty value is reported by the section.
 */
export function dpiaFindings(need: DpiaNeed, declared: Conformita['dpia'], rules: ComplianceRules = defaultComplianceRules()): ComplianceFinding[] {
  const reasons = need.motivi.map((id) => ruleById(rules, id)).filter((r) => r !== undefined).map((r) => `${r.titolo} (${formatReference(r.fonte, rules)})`);
  if (need.necessaria === true && (declared === 'non-necessaria' || declared === 'da-valutare')) {
    return [finding('DPIA_DERIVATA_NECESSARIA', 'dpia',
      `Dalle risposte sui sistemi di IA la valutazione d'impatto sulla protezione dei dati risulta necessaria: ${list(reasons)}. Indica «Prevista» o motiva la scelta con il responsabile della protezione dei dati.`)];
  }
  if (need.necessaria === 'unknown' && declared === 'non-necessaria') {
    return [finding('DPIA_DA_COMPLETARE', 'dpia',
      "Hai indicato che la DPIA non è necessaria, ma alcune risposte dei questionari sui sistemi di IA mancano e potrebbero renderla necessaria: completale.")];
  }
  if (need.necessaria === false && declared === 'prevista') {
    return [finding('DPIA_DERIVATA_NON_NECESSARIA', 'dpia',
      "Nessuno dei criteri considerati da Proposta rende necessaria la DPIA per i sistemi di IA; prevederla resta una scelta prudente, che puoi mantenere.")];
  }
  return [];
}

/** An answer that contradicts the inventory is worth a second look, not an error. */
export function inventoryFindings(answers: AiAnswers, inventory: InventoryFlags, systemName: string): ComplianceFinding[] {
  const out: ComplianceFinding[] = [];
  if (answers.datiPersonali === 'no' && inventory.personalData) {
    out.push(finding('IA_DATI_INVENTARIO', 'questionario/datiPersonali', `L'inventario delle banche dati contiene dati personali, ma per «${systemName}» hai risposto che non ne tratta: verifica che il sistema non usi quelle banche dati.`));
  }
  if (answers.categorieParticolari === 'no' && inventory.specialCategories) {
    out.push(finding('IA_DATI_INVENTARIO', 'questionario/categorieParticolari', `L'inventario contiene categorie particolari di dati, ma per «${systemName}» hai risposto che non ne tratta: verifica che siano escluse dalle fonti del sistema.`));
  }
  return out;
}
