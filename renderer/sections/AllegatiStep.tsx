import { useEffect, useMemo, useState } from 'react';
import { formatInteger, type Allegato, type AttachmentCheck, type Proposal } from '../../core';
import { attachFile, attachmentCandidates, refreshAttachments } from '../store/actions';
import { afterNextFrame } from '../store/frame';
import { isDesktop } from '../store/selectors';
import { useStore } from '../store/store';
import { RowsTable, type Column } from '../widgets/RowsTable';
import { Fields } from '../fields/Fields';
import { fieldDomId } from '../fields/dom-id';

const STATE_TEXT: Readonly<Record<AttachmentCheck['state'], string>> = {
  presente: 'presente', mancante: 'manca nella cartella', diverso: 'cambiato dopo essere stato allegato',
  'fuori-cartella': 'fuori dalla cartella della proposta', 'non-leggibile': 'non leggibile',
};

/** A file's name and what the app found of it, with «Allega di nuovo» when it is not as declared. */
function FileCell({ row, index, check }: { row: Allegato; index: number; check: AttachmentCheck | undefined }) {
  const state = row.nomeFile === '' ? null : check?.state;
  return (
    // The place a jump from Problemi lands on: the file is chosen, never typed.
    <span className="attachment-file d-block" id={fieldDomId(`/allegati/elenco/${index}/nomeFile`)} tabIndex={-1}>
      <span className="d-block text-truncate" title={row.nomeFile}>{row.nomeFile || '—'}</span>
      {state && (
        <span className={`small ${state === 'presente' ? 'text-success' : 'text-danger fw-semibold'}`} data-testid={`stato-allegato-${index + 1}`}>
          {state === 'presente' ? '✓ ' : '✗ '}{STATE_TEXT[state]}{check?.size !== undefined && state === 'presente' ? ` (${formatInteger(Math.ceil(check.size / 1024))} KB)` : ''}
        </span>
      )}
      {isDesktop() && (
        <button type="button" className="btn btn-link btn-sm p-0 d-block" onClick={() => void attachFile({ kind: 'dialog' }, index)}>
          {row.nomeFile ? 'Allega di nuovo…' : 'Scegli il file…'}<span className="visually-hidden"> per l'allegato {index + 1}</span>
        </button>
      )}
    </span>
  );
}

/** The browser's choice: a file of the workspace folder (or its «allegati»). */
function WorkspacePicker() {
  const [files, setFiles] = useState<Array<{ name: string; size: number }> | null>(null);
  const [chosen, setChosen] = useState('');
  useEffect(() => { void attachmentCandidates().then(setFiles); }, []);
  if (!files) return null;
  if (files.length === 0) return <p className="form-text">Nessun documento nella cartella di lavoro: copia lì (o nella sua cartella «allegati») i file da allegare.</p>;
  return (
    <div className="d-flex gap-2 align-items-end flex-wrap mb-3">
      <div>
        <label htmlFor="file-da-allegare" className="form-label">File della cartella di lavoro</label>
        <select id="file-da-allegare" className="form-select" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">— scegli —</option>
          {files.map((f) => <option key={f.name} value={f.name}>{f.name} ({formatInteger(Math.ceil(f.size / 1024))} KB)</option>)}
        </select>
      </div>
      <button type="button" className="btn btn-primary" disabled={!chosen} onClick={() => void attachFile({ kind: 'workspace', name: chosen }).then(() => setChosen(''))}>Allega</button>
    </div>
  );
}

/** A row's details: its fingerprint (computed, never typed) and its other fields. Module-level: rows keep their props. */
export const attachmentDetails = (p: string, row: Allegato, _i: number, inline: ReadonlySet<string>) => (
  <>
    <p className="small mb-2">Impronta SHA-256, calcolata da Proposta: <code>{row.sha256 || 'non ancora calcolata'}</code></p>
    <Fields pointer={p} value={row} omit={new Set([...inline, 'sha256'])} />
  </>
);

/** Allegati: files chosen (never typed), copied beside the proposal once, fingerprinted by the app, checked live. */
export function AllegatiStep({ doc }: { doc: Proposal }) {
  const saved = useStore((s) => s.handle !== null);
  const seen = useStore((s) => (s.attachments?.list === s.doc?.allegati ? s.attachments : null));
  // After the step's first frame: the check sends the whole proposal to be read (about 30 ms on the
  // large one), and the step should not wait for it to appear.
  useEffect(() => afterNextFrame(() => void refreshAttachments()), []);
  const checks = seen?.files;
  const columns = useMemo<Array<Column<Allegato>>>(() => [
    { key: 'tipo', width: '13rem', spare: true },
    { key: 'descrizione' },
    { key: 'nomeFile', title: 'File', width: '16rem', edits: 'nomeFile', render: (row, i) => <FileCell row={row} index={i} check={checks?.[i]} /> },
    { key: 'firmato', title: 'Firmato', width: '5.5rem', spare: true },
  ], [checks]);
  return (
    <>
      <p>
        Gli allegati stanno nella cartella «allegati» accanto alla proposta: Proposta vi copia i file scelti e ne calcola l'impronta
        (SHA-256), che il pacchetto riporta. Un file mancante o cambiato è segnalato qui e in «Problemi».
      </p>
      {!saved ? (
        <p className="field-warning">Salva la proposta per allegare file: la loro cartella è quella della proposta.</p>
      ) : isDesktop() ? (
        <button type="button" className="btn btn-primary mb-3" onClick={() => void attachFile({ kind: 'dialog' })}>Aggiungi un file…</button>
      ) : (
        <WorkspacePicker />
      )}
      <RowsTable pointer="/allegati/elenco" rows={doc.allegati.elenco} columns={columns} rowLabel="Allegato" caption="Allegati dichiarati"
        details={attachmentDetails} />
    </>
  );
}
