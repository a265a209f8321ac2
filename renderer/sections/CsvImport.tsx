import { useRef, useState } from 'react';
import { bancheCsvTemplate, countOf, previewBancheImportBytes, type BancaDati, type ImportPreview } from '../../core';
import { dispatch, notify } from '../store/actions';

/** Offers a file made in the window (CSV template) as a download. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const PREVIEW_ROWS = 20;

/** The bytes of a chosen file (FileReader works in every engine the window runs in). */
function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(file);
  });
}
const ENCODING_NAMES = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252', 'utf-16le': 'UTF-16' } as const;

/** Import of databases from CSV: a preview of what will be added and what is rejected, then confirm. */
export function CsvImport({ existing }: { existing: readonly BancaDati[] }) {
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<{ file: string; p: ImportPreview } | null>(null);
  const read = async (file: File) => {
    const bytes = await readBytes(file);
    setPreview({ file: file.name, p: previewBancheImportBytes(bytes, existing) });
  };
  const confirm = () => {
    if (!preview) return;
    dispatch({ type: 'dati/import-rows', rows: preview.p.accepted.map((a) => a.row), source: preview.file });
    setPreview(null);
  };
  return (
    <div className="d-flex gap-2 mb-3 flex-wrap">
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => input.current?.click()}>Importa da CSV…</button>
      <input ref={input} type="file" accept=".csv,text/csv" className="visually-hidden" aria-label="File CSV da importare" tabIndex={-1} data-testid="file-csv"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) read(f).catch(() => notify({ kind: 'error', text: `Il file ${f.name} non può essere letto: controlla che non sia aperto in un altro programma e riprova.` }));
          e.target.value = '';
        }} />
      <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => download('modello-banche-dati.csv', bancheCsvTemplate())}>Scarica il modello CSV</button>
      {preview && <PreviewDialog file={preview.file} p={preview.p} onConfirm={confirm} onCancel={() => setPreview(null)} />}
    </div>
  );
}

function PreviewDialog({ file, p, onConfirm, onCancel }: { file: string; p: ImportPreview; onConfirm(): void; onCancel(): void }) {
  const noted = p.accepted.filter((a) => a.notes.length > 0);
  return (
    <div className="dialog-backdrop" role="presentation">
      <div role="dialog" aria-modal="true" aria-labelledby="anteprima-titolo" className="dialog-box dialog-wide p-4" onKeyDown={(e) => { if (e.key === 'Escape') onCancel(); }}>
        <h2 id="anteprima-titolo" className="h4">Anteprima dell'importazione da {file}</h2>
        <p data-testid="anteprima-conteggi">
          {countOf(p.accepted.length, 'riga da importare', 'righe da importare')}, {countOf(p.rejected.length, 'scartata', 'scartate')}{p.encoding ? ` (codifica ${ENCODING_NAMES[p.encoding]}, separatore «${p.separator === '\t' ? 'tabulazione' : p.separator}»)` : ''}.
          Nulla viene aggiunto finché non confermi.
        </p>
        {p.errors.map((e) => <p key={e.code} className="field-error">{e.message}</p>)}
        {p.unknownHeaders.length > 0 && <p>Colonne ignorate perché non riconosciute: {p.unknownHeaders.join(', ')}.</p>}
        {p.accepted.length > 0 && (
          <table className="table table-sm">
            <caption>Prime righe da importare</caption>
            <thead><tr><th scope="col">Riga del file</th><th scope="col">Nome</th><th scope="col">Ufficio</th></tr></thead>
            <tbody>{p.accepted.slice(0, PREVIEW_ROWS).map((a) => <tr key={a.line}><td>{a.line}</td><td>{a.row.nome}</td><td>{a.row.ufficio}</td></tr>)}</tbody>
          </table>
        )}
        {noted.length > 0 && (
          <>
            <h3 className="h6">Importate con un campo da completare</h3>
            <ul className="rejected-list" tabIndex={0} aria-label="Righe importate con un campo da completare">
              {noted.slice(0, 200).map((a) => <li key={a.line}>Riga {a.line} ({a.row.nome}): {a.notes.map((x) => x.message).join(' ')}</li>)}
            </ul>
          </>
        )}
        {p.rejected.length > 0 && (
          <>
            <h3 className="h6">Righe scartate</h3>
            <ul className="rejected-list" tabIndex={0} aria-label="Righe scartate">
              {p.rejected.slice(0, 200).map((r) => <li key={r.line}>Riga {r.line}: {r.reasons.map((x) => x.message).join(' ')}</li>)}
            </ul>
          </>
        )}
        <div className="d-flex gap-2 justify-content-end">
          <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>Annulla</button>
          <button type="button" className="btn btn-primary" disabled={p.accepted.length === 0} onClick={onConfirm} autoFocus>Importa {countOf(p.accepted.length, 'riga', 'righe')}</button>
        </div>
      </div>
    </div>
  );
}
