import { answerLabel, classLabel, classReferences, dpiaLabel, shownQuestions, verificationLabel } from '../compliance/labels';
import { howMet } from '../compliance/measures';
import { assessProposal, type SystemAssessment } from '../compliance/proposal';
import { QUESTIONS } from '../compliance/questions';
import type { CallProfile, ComplianceRules, Proposal } from '../generated/types';
import { labelOf } from '../validation/labels';
import { formatDate, opt, orDash } from './format';
import type { Block } from './model';

/** How each obligation is met; a measure shared by several obligations is printed once, then referred to. */
function howMetTexts({ system, assessment: a }: SystemAssessment): string[] {
  const printed = new Set<string>();
  return a.obblighi.map((o) => {
    const met = howMet(system, o);
    if (met.kind === 'misura' && met.text.trim() !== '') {
      if (printed.has(met.measure)) return `Vedi sopra: «${labelOf(met.pointer) ?? met.measure}».`;
      printed.add(met.measure);
    }
    return orDash(met.text);
  });
}

function systemBlocks(s: SystemAssessment, rules: ComplianceRules): Block[] {
  const { system, assessment: a } = s;
  const how = howMetTexts(s);
  const refs = classReferences(a.classificazione, rules);
  const fields: Array<[string, string]> = [['Classe secondo le risposte', `${classLabel(a.classificazione)}${refs.length ? ` (${refs.join('; ')})` : ''}`]];
  if (system.dichiarata) fields.push(['Classe indicata nella proposta', opt('/ricerca/ia/rischioAiAct', system.dichiarata.value)]);
  fields.push(["Valutazione d'impatto (DPIA)", dpiaLabel(a.dpia, rules)]);
  const asked = shownQuestions(QUESTIONS, a.risposte);
  return [
    { kind: 'subheading', text: system.nome },
    { kind: 'fields', rows: fields },
    {
      kind: 'table', caption: `Obblighi – ${system.nome}`,
      columns: [{ title: 'Obbligo', weight: 4 }, { title: 'Fonte', weight: 3 }, { title: 'Si applica dal', weight: 2 }, { title: 'Verifica', weight: 2 }, { title: 'Come lo soddisfiamo', weight: 7 }],
      rows: a.obblighi.map((o, i) => [o.titolo, o.riferimento, o.siApplicaDal ? formatDate(o.siApplicaDal) : 'da verificare', verificationLabel(o), how[i] ?? '—']),
    },
    {
      kind: 'table', caption: `Risposte al questionario – ${system.nome}`,
      columns: [{ title: 'Domanda', weight: 7 }, { title: 'Risposta', weight: 3 }],
      rows: [
        ...asked.map((q) => [q.text, answerLabel(q.key, system.valutazione.questionario[q.key], a.risposte[q.key])]),
        ['Dati personali trattati', orDash(system.valutazione.questionario.datiTrattati)],
      ],
    },
  ];
}

/**
 * The AI systems in the dossier: for each, the class derived from its questionnaire with the articles,
 * the obligations with source, date, verification state and how the body meets them, and the answers.
 */
export function aiSystemBlocks(doc: Proposal, profile: CallProfile): Block[] {
  const { sistemi, regole } = assessProposal(doc, profile);
  if (!sistemi.length) return [];
  return [
    { kind: 'subheading', text: 'Sistemi di intelligenza artificiale: classe e obblighi' },
    { kind: 'paragraph', text: `${regole.avvertenza} Norme considerate: «${regole.titolo}», versione ${regole.versione} del ${formatDate(regole.aggiornato)}.` },
    ...sistemi.flatMap((s) => systemBlocks(s, regole)),
  ];
}
