import { runMenuCommand } from './shortcuts';
import { countIssues } from '../../core';
import { openReplyDialog, openSaveAs, redo, save, setSearchOpen, toggleIssues, undo } from '../store/actions';
import { useDirty, useIssues, usePartnerMode } from '../store/selectors';
import { useStore } from '../store/store';

export function EditorHeader() {
  const name = useStore((s) => s.name);
  const dirty = useDirty();
  const busy = useStore((s) => s.busy);
  const canUndo = useStore((s) => s.past.length > 0);
  const canRedo = useStore((s) => s.future.length > 0);
  const issuesOpen = useStore((s) => s.issuesOpen);
  const counts = countIssues(useIssues());
  const partnerMode = usePartnerMode();
  return (
    <header className="editor-header d-flex align-items-center gap-2 px-3 py-2">
      <strong className="me-2">Proposta</strong>
      {partnerMode && <span className="badge text-bg-info" data-testid="modo-comune">Modulo del Comune</span>}
      <span data-testid="nome-file">{name ?? 'Nuova proposta (non salvata)'}</span>
      {dirty && <span className="badge badge-unsaved" data-testid="non-salvato">Modifiche non salvate</span>}
      <span className="ms-auto" />
      {/* The search reaches every section of a proposal; a module has four steps, all in the sidebar. */}
      {!partnerMode && <button type="button" className="btn btn-sm btn-outline-light" onClick={() => setSearchOpen(true)} title="Ctrl+K">Cerca</button>}
      <button type="button" className="btn btn-sm btn-outline-light" onClick={toggleIssues} aria-pressed={issuesOpen} data-testid="pulsante-problemi">
        Problemi ({counts.errore + counts.avviso})
      </button>
      <button type="button" className="btn btn-sm btn-outline-light" onClick={undo} disabled={!canUndo} title="Ctrl+Z">Annulla</button>
      <button type="button" className="btn btn-sm btn-outline-light" onClick={redo} disabled={!canRedo} title="Ctrl+Y">Ripeti</button>
      <button type="button" className="btn btn-sm btn-light" onClick={() => void save()} disabled={busy} title="Ctrl+S">Salva</button>
      {partnerMode
        ? <button type="button" className="btn btn-sm btn-warning text-nowrap" onClick={openReplyDialog} disabled={busy} data-testid="firma-risposta">Firma e prepara la risposta</button>
        : <button type="button" className="btn btn-sm btn-outline-light" onClick={openSaveAs} disabled={busy} title="Ctrl+Maiusc+S">Salva con nome</button>}
      <button type="button" className="btn btn-sm btn-outline-light" onClick={() => runMenuCommand('close')}>Chiudi</button>
    </header>
  );
}
