import { useState } from 'react';
import { dossierBaseName, exportDossier, openExportDialog, showLastOutputInFolder } from '../store/actions';
import { isDesktop } from '../store/selectors';
import { useStore } from '../store/store';

/** Exports and the package, under the summary: the check before export sits right above. */
export function ExportPanel({ errors }: { errors: number }) {
  const lastOutput = useStore((s) => s.lastOutput);
  const busy = useStore((s) => s.busy);
  const doc = useStore((s) => s.doc);
  const [name, setName] = useState('');
  const browser = !isDesktop();
  return (
    <section aria-labelledby="esporta" className="export-panel field-group">
      <h2 id="esporta" className="h4">Esporta e presenta</h2>
      {browser && (
        <div className="field">
          <label htmlFor="nome-esportazione" className="form-label">Nome del file nella cartella di lavoro (facoltativo)</label>
          <input id="nome-esportazione" className="form-control" value={name} onChange={(e) => setName(e.target.value)} placeholder={doc ? `ad esempio ${dossierBaseName(doc)}` : undefined} />
        </div>
      )}
      <div className="d-flex flex-wrap gap-2">
        <button type="button" className="btn btn-outline-primary" disabled={busy} onClick={() => void exportDossier('pdf', name ? `${name.replace(/\.pdf$/i, '')}.pdf` : undefined)}>Esporta PDF</button>
        <button type="button" className="btn btn-outline-primary" disabled={busy} onClick={() => void exportDossier('docx', name ? `${name.replace(/\.docx$/i, '')}.docx` : undefined)}>Esporta DOCX</button>
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => openExportDialog('package')}>Crea pacchetto firmato</button>
        <button type="button" className="btn btn-outline-secondary" disabled={busy} onClick={() => openExportDialog('verify')}>Verifica pacchetto</button>
        {lastOutput && !browser && (
          <button type="button" className="btn btn-link" onClick={showLastOutputInFolder}>Apri la cartella del file</button>
        )}
      </div>
      {busy && <p role="status" className="mt-2">Operazione in corso… può richiedere qualche secondo per proposte grandi.</p>}
      {errors > 0 && <p className="mt-2">Il pacchetto si crea solo senza errori: {errors === 1 ? 'ne resta 1' : `ne restano ${errors}`}. Il dossier si può esportare comunque, come bozza da rileggere.</p>}
    </section>
  );
}
