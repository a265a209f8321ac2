import { useEffect, useRef, useState } from 'react';
import { WORKSPACE_NAME } from '../../core';
import { closeSaveAs, saveAs } from '../store/actions';
import { isDesktop } from '../store/selectors';
import { useStore } from '../store/store';

const SUFFIX = '.proposta';

/** Desktop: the native dialog. Browser: a file name in the workspace folder. */
export function SaveAsDialog() {
  const current = useStore((s) => s.name);
  const title = useStore((s) => s.doc?.progetto.acronimo || s.doc?.progetto.titolo || 'proposta');
  const suggested = current ?? `${title.toLowerCase().replace(/[^a-z0-9àèéìòù]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'proposta'}${SUFFIX}`;
  const [name, setName] = useState(suggested);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (isDesktop()) void saveAs({ kind: 'dialog', suggestedName: suggested });
    else input.current?.focus();
  }, [suggested]);
  if (isDesktop()) return null;
  const full = name.endsWith(SUFFIX) || name.endsWith(`${SUFFIX}.json`) ? name : `${name}${SUFFIX}`;
  const valid = WORKSPACE_NAME.test(full);
  return (
    <div className="dialog-backdrop" role="presentation">
      <form role="dialog" aria-modal="true" aria-labelledby="salva-titolo" className="dialog-box p-4"
        onSubmit={(e) => { e.preventDefault(); if (valid) void saveAs({ kind: 'workspace', name: full }); }}
        onKeyDown={(e) => { if (e.key === 'Escape') closeSaveAs(); }}>
        <h2 id="salva-titolo" className="h4">Salva con nome</h2>
        <label htmlFor="nome-salvataggio" className="form-label">Nome del file nella cartella di lavoro</label>
        <input id="nome-salvataggio" ref={input} className="form-control" value={name} onChange={(e) => setName(e.target.value)} aria-describedby="nome-aiuto" />
        <p id="nome-aiuto" className={valid ? 'form-text' : 'form-text text-danger'}>
          {valid ? `Sarà salvato come ${full}.` : 'Usa un nome senza barre né i caratteri \\ : * ? " < > |.'}
        </p>
        <div className="d-flex gap-2 justify-content-end">
          <button type="button" className="btn btn-outline-secondary" onClick={closeSaveAs}>Annulla</button>
          <button type="submit" className="btn btn-primary" disabled={!valid}>Salva</button>
        </div>
      </form>
    </div>
  );
}
