import normeSchema from '../../schemas/norme.schema.json';
import type { ComplianceRule, ComplianceRules } from '../generated/types';
import { optionLabel } from '../validation/labels';
import type { AiClass, AiClassification } from './classify';
import type { DpiaNeed } from './dpia';
import type { DerivedObligation } from './obligations';
import { questionOf, type AiAnswers, type QuestionKey } from './questions';
import { formatReference, ruleById } from './rules';

// The words the editor, the dossier and the CLI use for what the helper derives: one place for each.

const CLASS_LABELS: Readonly<Record<AiClass, string>> = {
  vietato: 'Pratica vietata',
  'alto-rischio': 'Alto rischio',
  'deroga-art-6-3': "Non ad alto rischio (art. 6, par. 3)",
  trasparenza: 'Rischio limitato: obblighi di trasparenza',
  minimo: 'Rischio minimo',
  incompleto: 'Da completare',
};

/** The class as the officer reads it, e.g. «Alto rischio». */
export function classLabel(c: Pick<AiClassification, 'classe' | 'trasparenza'>): string {
  const base = CLASS_LABELS[c.classe];
  return c.classe === 'deroga-art-6-3' && c.trasparenza === true ? `${base}, con obblighi di trasparenza` : base;
}

/** The articles the class rests on, e.g. «Reg. (UE) 2024/1689, allegato III, punto 5, lett. a)». */
export function classReferences(c: AiClassification, rules: ComplianceRules): string[] {
  return c.motivi.map((id) => ruleById(rules, id)).filter((r) => r !== undefined).map((r) => formatReference(r.fonte, rules));
}

/** «Sì», «No»... for an answer, from the schema's labels; a blank answer filled from the inventory says so. */
export function answerLabel(key: QuestionKey, given: string, used: string): string {
  if (given === '' && used !== '') return `${optionLabel(`/conformita/sistemiIa/ricerca/questionario/${key}`, used)} (dall'inventario delle banche dati)`;
  return given === '' ? 'non risposto' : optionLabel(`/conformita/sistemiIa/ricerca/questionario/${key}`, given);
}

/** The questions to answer before the class is certain, as the officer reads them. */
export function missingQuestions(keys: readonly QuestionKey[]): string[] {
  return keys.map((k) => questionOf(k).text);
}

/** The questions a questionnaire shows: follow-ups only after the answer they depend on. */
export function shownQuestions<T extends { key: QuestionKey; askIf?: { key: QuestionKey; value: string } }>(questions: readonly T[], answers: AiAnswers): T[] {
  return questions.filter((q) => !q.askIf || answers[q.askIf.key] === q.askIf.value);
}

/** The DPIA need as a sentence, with the criteria that make it due. */
export function dpiaLabel(need: DpiaNeed, rules: ComplianceRules): string {
  if (need.necessaria === true) {
    const why = need.motivi.map((id) => ruleById(rules, id)).filter((r) => r !== undefined).map((r) => formatReference(r.fonte, rules));
    return `Necessaria (${why.join('; ')})`;
  }
  return need.necessaria === 'unknown' ? 'Da completare: mancano risposte sui dati trattati' : 'Nessun criterio considerato la rende necessaria';
}

const SUBJECTS = normeSchema.$defs.complianceRule.properties.soggetto['x-options'] as Readonly<Record<ComplianceRule['soggetto'], string>>;

/** Who owes an obligation, e.g. «Deployer (chi usa il sistema)». */
export const subjectLabel = (o: Pick<DerivedObligation, 'soggetto'>): string => SUBJECTS[o.soggetto];

/** Whether the obligation's text and date were read in the source, and whether the answers make it certain. */
export function verificationLabel(o: Pick<DerivedObligation, 'stato' | 'certezza'>): string {
  const state = o.stato === 'confermato' ? 'confermato' : 'da verificare';
  return o.certezza === 'dovuto' ? state : `${state}; dipende da risposte mancanti`;
}
