import { classLabel, classReferences, dpiaLabel, missingQuestions, type AiAssessment, type ComplianceRules } from '../../../core';

/** The derived class as a badge with the articles it rests on; announced when it changes. */
export function ClassBadge({ assessment: a, rules, id }: { assessment: AiAssessment; rules: ComplianceRules; id: string }) {
  const c = a.classificazione;
  const refs = classReferences(c, rules);
  return (
    <div className="ai-class" role="status" aria-live="polite" id={id} data-testid="classe-ia">
      <p className="m-0">Classe secondo le risposte: <span className={`ai-badge ai-badge-${c.classe}`}>{classLabel(c)}</span></p>
      {refs.length > 0 && <p className="ai-refs">Fonte: {refs.join('; ')}</p>}
      {c.puntiAllegato.length > 0 && c.classe !== 'alto-rischio' && <p className="ai-refs">Uso elencato nell'allegato III ({c.puntiAllegato.join(', ')}).</p>}
      {c.mancanti.length > 0 && <p className="ai-refs">Per stabilirla rispondi a: {missingQuestions(c.mancanti).map((q) => `«${q}»`).join(' ')}</p>}
      <p className="ai-refs">Valutazione d'impatto sulla protezione dei dati (DPIA): {dpiaLabel(a.dpia, rules)}.</p>
    </div>
  );
}
