import { useEffect, useRef } from 'react';
import { answerLeave } from '../store/actions';
import { useStore } from '../store/store';

/** «Ci sono modifiche non salvate»: Salva, Non salvare or Annulla, before the document is left. */
export function CloseDialog() {
  const leaving = useStore((s) => s.leaving);
  const name = useStore((s) => s.name);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [leaving]);
  if (!leaving) return null;
  return (
    <div className="dialog-backdrop" role="presentation">
      <div role="alertdialog" aria-modal="true" aria-labelledby="chiudi-titolo" aria-describedby="chiudi-testo" className="dialog-box p-4"
        onKeyDown={(e) => { if (e.key === 'Escape') void answerLeave('annulla'); }}>
        <h2 id="chiudi-titolo" className="h4">Salvare le modifiche?</h2>
        <p id="chiudi-testo">
          Ci sono modifiche non salvate{name ? ` in ${name}` : ''}. Se non salvi, restano nella copia di recupero e Proposta te le riproporrà.
        </p>
        <div className="d-flex gap-2 justify-content-end">
          <button type="button" className="btn btn-outline-secondary" onClick={() => void answerLeave('annulla')}>Annulla</button>
          <button type="button" className="btn btn-outline-danger" onClick={() => void answerLeave('non-salvare')}>Non salvare</button>
          <button ref={first} type="button" className="btn btn-primary" onClick={() => void answerLeave('salva')}>Salva</button>
        </div>
      </div>
    </div>
  );
}
