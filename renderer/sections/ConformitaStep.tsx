import { assessProposal, defaultCallProfile, dpiaLabel, formatDate, type Proposal } from '../../core';
import { Fields } from '../fields/Fields';
import { FieldAt } from '../fields/FieldAt';
import { dispatch } from '../store/actions';
import { AiSystemCard } from './conformita/AiSystemCard';
import './conformita/conformita.css';

/** Shown in the general fields below; the AI systems and the DPIA have their own blocks. */
const OWN_BLOCKS = new Set(['sistemiIa', 'dpia', 'gdpr', 'aiAct']);

/**
 * Conformità: for each AI system, the AI Act and GDPR questionnaire beside the class and obligations
 * core derives from it; the DPIA with what the questionnaires say; the other commitments.
 */
export function ConformitaStep({ doc }: { doc: Proposal }) {
  const c = assessProposal(doc, defaultCallProfile());
  const altri = doc.conformita.sistemiIa.altri;
  return (
    <>
      <div className="callout-like mb-4" role="note" data-testid="avvertenza-ia">
        <p className="fw-semibold mb-1">Un aiuto a ragionare, non una consulenza legale.</p>
        <p className="m-0">{c.regole.avvertenza} Norme considerate: «{c.regole.titolo}», versione {c.regole.versione} del {formatDate(c.regole.aggiornato)}.</p>
      </div>

      <section aria-labelledby="sistemi-ia">
        <h2 id="sistemi-ia" className="h3">Sistemi di intelligenza artificiale</h2>
        <p>Per ogni sistema rispondi alle domande: Proposta ne ricava la classe secondo l'AI Act e gli obblighi, ciascuno con la sua fonte e la data da cui si applica. Per ogni obbligo scrivi come l'ente lo soddisfa; «da verificare» indica un testo o una data non ancora confermati sulla fonte ufficiale.</p>
        {c.sistemi.length === 0 && <p>La proposta non ha ancora sistemi di IA: scegli la componente d) o e) in «Progetto», o aggiungi un sistema qui sotto.</p>}
        {c.sistemi.filter((s) => s.system.componente !== null).map((s) => <AiSystemCard key={s.system.base} sa={s} rules={c.regole} index={null} />)}
        <h3 className="h4">Altri sistemi di IA della proposta ({altri.length})</h3>
        {c.sistemi.map((s) => {
          const row = s.system.riga === null ? undefined : altri[s.system.riga];
          return row ? <AiSystemCard key={s.system.base} sa={s} rules={c.regole} index={s.system.riga} texts={row} /> : null;
        })}
        <button type="button" className="btn btn-outline-primary mb-4" onClick={() => dispatch({ type: 'rows/add', pointer: '/conformita/sistemiIa/altri' })}>
          Aggiungi un sistema di IA
        </button>
        <FieldAt pointer="/conformita/aiAct" value={doc.conformita.aiAct} />
      </section>

      <section aria-labelledby="dpia-proposta">
        <h2 id="dpia-proposta" className="h3">Protezione dei dati personali</h2>
        {c.sistemi.length > 0 && <p data-testid="dpia-derivata">Secondo i questionari dei sistemi di IA (e l'inventario delle banche dati) la DPIA è: <strong>{dpiaLabel(c.dpia, c.regole)}</strong>.</p>}
        <FieldAt pointer="/conformita/dpia" value={doc.conformita.dpia} />
        <FieldAt pointer="/conformita/gdpr" value={doc.conformita.gdpr} />
      </section>

      <section aria-labelledby="altri-impegni">
        <h2 id="altri-impegni" className="h3">Altri impegni</h2>
        <Fields pointer="/conformita" value={doc.conformita} omit={OWN_BLOCKS} />
      </section>
    </>
  );
}
