import {
  fieldLabel, formatDate, howMet, isFieldPointer, measuresToDescribe, orphanTexts, ruleById, subjectLabel, verificationLabel,
  type AiSystem, type ComplianceRules, type DerivedObligation, type MeasureToDescribe,
} from '../../../core';
import { dispatch } from '../../store/actions';
import { fieldDomId } from '../../fields/dom-id';
import { FieldAt } from '../../fields/FieldAt';

/** «Usa la traccia»: only for an empty text, which it fills with the points to cover. */
function OutlineButton({ system, ruleId, text }: { system: AiSystem; ruleId: string; text: string }) {
  if (text.trim() !== '') return null;
  return (
    <button type="button" className="btn btn-outline-primary btn-xs mb-2" onClick={() => dispatch({ type: 'conformita/insert-outline', system: system.key, ruleId })}>
      Usa la traccia
    </button>
  );
}

/** A measure (FRIA plan, oversight, logs, notice), written once for every obligation that asks for it. */
function Measure({ system, m }: { system: AiSystem; m: MeasureToDescribe }) {
  const first = m.obligations[0];
  return (
    <div className="ai-measure">
      {isFieldPointer(m.pointer) && <FieldAt pointer={m.pointer} value={m.text} />}
      <p className="form-text">
        {m.obligations.length ? `Richiesta da: ${m.obligations.map((o) => o.riferimento).join('; ')}. ${first?.comeLoSoddisfiamo ?? ''}` : 'Nessun obbligo derivato la chiede più: il testo resta finché non lo cancelli.'}
      </p>
      {first && <OutlineButton system={system} ruleId={first.ruleId} text={m.text} />}
    </div>
  );
}

/** The «come lo soddisfiamo» text of an obligation without a measure: a row of its own once written. */
function HowMetText({ system, ruleId, label, hint, text, pointer }: { system: AiSystem; ruleId: string; label: string; hint: string; text: string; pointer: string | null }) {
  const id = pointer ? fieldDomId(pointer) : fieldDomId(`${system.base}/obblighi/${ruleId}`);
  return (
    <div className="field">
      <label htmlFor={id} className="form-label">{label}</label>
      <textarea id={id} className="form-control" rows={3} value={text} aria-describedby={`${id}-aiuto`}
        onChange={(e) => dispatch({ type: 'conformita/set-how-met', system: system.key, ruleId, text: e.target.value })} />
      <p id={`${id}-aiuto`} className="form-text m-0">{hint}</p>
    </div>
  );
}

function Obligation({ system, o }: { system: AiSystem; o: DerivedObligation }) {
  const met = howMet(system, o);
  return (
    <li className="ai-obligation">
      <h5 className="h6 m-0">{o.titolo}</h5>
      <p className="ai-obligation-meta">
        <span>{o.riferimento}</span>
        <span>{o.siApplicaDal ? `Si applica dal ${formatDate(o.siApplicaDal)}` : 'Data da verificare'}</span>
        <span className={`ai-state ai-state-${o.stato}`}>{verificationLabel(o)}</span>
        <span>{subjectLabel(o)}</span>
      </p>
      <p className="m-0">{o.obbligo}</p>
      {o.notaStato && <details><summary>Che cosa resta da verificare</summary><p className="m-0">{o.notaStato}</p></details>}
      {met.kind === 'misura'
        ? <p className="form-text m-0">Come lo soddisfiamo: con la misura «{fieldLabel(met.pointer)?.title}» descritta sopra.</p>
        : (
          <>
            <HowMetText system={system} ruleId={o.ruleId} label={`Come lo soddisfiamo: ${o.titolo}`} hint={o.comeLoSoddisfiamo} text={met.text} pointer={met.pointer} />
            <OutlineButton system={system} ruleId={o.ruleId} text={met.text} />
          </>
        )}
    </li>
  );
}

/** The measures, the obligations each with its source and date, and texts of obligations no longer derived. */
export function Obligations({ system, obligations, rules }: { system: AiSystem; obligations: readonly DerivedObligation[]; rules: ComplianceRules }) {
  const measures = measuresToDescribe(system, obligations);
  const orphans = orphanTexts(system, obligations);
  return (
    <>
      {measures.length > 0 && <h4 className="h5">Misure da descrivere</h4>}
      {measures.map((m) => <Measure key={m.measure} system={system} m={m} />)}
      <h4 className="h5">Obblighi ({obligations.length})</h4>
      <ol className="ai-obligations">{obligations.map((o) => <Obligation key={o.ruleId} system={system} o={o} />)}</ol>
      {orphans.length > 0 && (
        <>
          <h4 className="h5 mt-3">Testi di obblighi che non risultano più dovuti</h4>
          {orphans.map((t) => (
            <HowMetText key={t.regola} system={system} ruleId={t.regola} label={ruleById(rules, t.regola)?.titolo ?? t.regola} pointer={t.pointer} text={t.come}
              hint="Con le risposte attuali questo obbligo non si applica: svuota il testo per eliminarlo, o rivedi le risposte." />
          ))}
        </>
      )}
    </>
  );
}
