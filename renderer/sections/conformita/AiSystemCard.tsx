import { isFieldPointer, type ComplianceRules, type SystemAssessment } from '../../../core';
import { dispatch } from '../../store/actions';
import { FieldAt } from '../../fields/FieldAt';
import { ClassBadge } from './ClassBadge';
import { Obligations } from './Obligations';
import { Questionnaire } from './Questionnaire';

/** The row of another AI system: its name and description, and how to remove it. */
function OtherSystemFields({ base, index, name, texts }: { base: string; index: number; name: string; texts: { nome: string; descrizione: string } }) {
  const row = base.replace(/\/valutazione$/, '');
  const nome = `${row}/nome`;
  const descrizione = `${row}/descrizione`;
  return (
    <>
      <div className="row-actions">
        <button type="button" className="btn btn-outline-danger btn-xs" onClick={() => dispatch({ type: 'rows/remove', pointer: '/conformita/sistemiIa/altri', index })}>
          Elimina il sistema «{name}»
        </button>
      </div>
      {isFieldPointer(nome) && <FieldAt pointer={nome} value={texts.nome} />}
      {isFieldPointer(descrizione) && <FieldAt pointer={descrizione} value={texts.descrizione} />}
    </>
  );
}

/** One AI system: the questionnaire beside its derived class, its measures and its obligations. */
export function AiSystemCard({ sa, rules, index, texts }: { sa: SystemAssessment; rules: ComplianceRules; index: number | null; texts?: { nome: string; descrizione: string } }) {
  const { system, assessment } = sa;
  const id = `sistema${system.base.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  return (
    <section className="ai-system" aria-labelledby={id}>
      <h3 id={id} className="h4">{system.nome}</h3>
      {index !== null && texts && <OtherSystemFields base={system.base} index={index} name={system.nome} texts={texts} />}
      <div className="ai-system-grid">
        <Questionnaire system={system} used={assessment.risposte} />
        <div>
          <h4 className="h5">Classe e obblighi</h4>
          <ClassBadge assessment={assessment} rules={rules} id={`${id}-classe`} />
          {system.dichiarata && isFieldPointer(system.dichiarata.pointer) && <FieldAt pointer={system.dichiarata.pointer} value={system.dichiarata.value} />}
          <Obligations system={system} obligations={assessment.obblighi} rules={rules} />
        </div>
      </div>
    </section>
  );
}
