import { isFieldPointer, QUESTION_GROUPS, QUESTIONS, shownQuestions, type AiAnswers, type AiSystem, type QuestionDef, type QuestionarioIa } from '../../../core';
import { dispatch } from '../../store/actions';
import { fieldDomId } from '../../fields/dom-id';
import { useFieldMessages } from '../../fields/field-issues';
import { Messages } from '../../fields/Messages';
import { FieldAt } from '../../fields/FieldAt';

const UNKNOWN = { value: '', label: 'Non so ancora' } as const;

/** One question: its options as radio buttons (arrow keys move between them), the hint, the messages. */
function Question({ system, q, given, used }: { system: AiSystem; q: QuestionDef; given: string; used: string }) {
  const pointer = `${system.base}/questionario/${q.key}`;
  const id = fieldDomId(pointer);
  const messages = useFieldMessages(pointer);
  const describedBy = [`${id}-aiuto`, messages.length ? `${id}-messaggi` : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="ai-question" aria-describedby={describedBy}>
      <legend>{q.text}</legend>
      <p id={`${id}-aiuto`} className="form-text m-0">{q.hint}</p>
      {[...q.options, UNKNOWN].map((o, i) => (
        <div key={o.value} className="form-check form-check-inline">
          <input
            id={i === 0 ? id : `${id}-${o.value || 'non-so'}`} className="form-check-input" type="radio" name={pointer} value={o.value}
            checked={given === o.value} onChange={() => dispatch({ type: 'conformita/answer', system: system.key, question: q.key, value: o.value })}
          />
          <label className="form-check-label" htmlFor={i === 0 ? id : `${id}-${o.value || 'non-so'}`}>{o.label}</label>
        </div>
      ))}
      {given === '' && used !== '' && <p className="ai-from-inventory">Dall'inventario delle banche dati: «{q.options.find((o) => o.value === used)?.label}». Rispondi per confermare o correggere.</p>}
      <Messages id={`${id}-messaggi`} messages={messages} />
    </fieldset>
  );
}

/** The questionnaire of one system, by group; follow-up questions appear after the answer they depend on. */
export function Questionnaire({ system, used }: { system: AiSystem; used: AiAnswers }) {
  const given: QuestionarioIa = system.valutazione.questionario;
  // Follow-ups open on the answers the rules read, so an answer from the inventory opens them too.
  const shown = shownQuestions(QUESTIONS, used);
  const described = `${system.base}/questionario/datiTrattati`;
  return (
    <div>
      <h4 className="h5">Questionario</h4>
      {QUESTION_GROUPS.map(({ group, title }) => {
        const qs = shown.filter((q) => q.group === group);
        return qs.length === 0 ? null : (
          <section key={group} aria-label={title} className="mb-3">
            <h5 className="h6 mt-3">{title}</h5>
            {qs.map((q) => <Question key={q.key} system={system} q={q} given={given[q.key]} used={used[q.key]} />)}
          </section>
        );
      })}
      {isFieldPointer(described) && <FieldAt pointer={described} value={given.datiTrattati} />}
    </div>
  );
}
