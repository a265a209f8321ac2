import { assessProposal } from '../../compliance/proposal';
import {
  classificationFindings, declaredRiskFindings, dpiaFindings, inventoryFindings, measureFindings, type ComplianceField, type ComplianceFinding,
  type MeasureKey,
} from '../../compliance/issues';
import { describedMeasures, measurePointer } from '../../compliance/measures';
import type { AiSystem } from '../../compliance/systems';
import type { Issue } from '../../validation/issue';
import type { RuleContext } from '../types';

/** The proposal's field a finding is about: the answer, the measure, the declared class. */
function pointerOf(system: AiSystem, field: ComplianceField): string {
  if (field.startsWith('questionario/')) return `${system.base}/${field}`;
  if (field.startsWith('misure/')) return measurePointer(system, field.slice('misure/'.length) as MeasureKey);
  if (field === 'rischioAiAct' && system.dichiarata) return system.dichiarata.pointer;
  return `${system.base}/questionario`;
}

const toIssue = (f: ComplianceFinding, pointer: string): Issue => ({ code: f.code, severity: f.severity, pointer, message: f.message });

/**
 * The AI Act and GDPR findings of every AI system the proposal declares: a prohibited practice, a
 * high-risk system without FRIA plan, human oversight or log retention, duties to inform people
 * without a notice, a declared class or DPIA the questionnaires contradict, open questions.
 */
export function aiSystemRules({ doc, profile }: RuleContext): Issue[] {
  const { sistemi, inventario, dpia, regole } = assessProposal(doc, profile);
  const out: Issue[] = [];
  for (const { system, assessment: a } of sistemi) {
    const findings = [
      ...classificationFindings(a.classificazione, system.nome, regole),
      ...measureFindings(a.obblighi, a.classificazione, describedMeasures(system), system.nome),
      ...(system.dichiarata ? declaredRiskFindings(a.classificazione, system.dichiarata.value, system.nome) : []),
      ...inventoryFindings(system.valutazione.questionario, inventario, system.nome),
    ];
    for (const f of findings) out.push(toIssue(f, pointerOf(system, f.field)));
  }
  // Without any AI system there is nothing the questionnaires could say about the DPIA.
  if (sistemi.length) for (const f of dpiaFindings(dpia, doc.conformita.dpia, regole)) out.push(toIssue(f, '/conformita/dpia'));
  return out;
}
