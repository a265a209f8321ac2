import { useState } from 'react';
import { formatDate, PARTNER_STATE_LABEL, partnerStatuses, type PartnerStatus, type Proposal } from '../../core';
import { preparePartnerModules } from '../store/actions';
import { useStore } from '../store/store';
import { DateInput } from '../widgets/DateInput';
import { ReplyImportDialog } from './ReplyImportDialog';

const SIGNATURE: Readonly<Record<'valida' | 'non-valida' | 'assente', string>> = { valida: 'firma valida', 'non-valida': 'firma NON valida', assente: 'non firmata' };
const BADGE: Readonly<Record<PartnerStatus['state'], string>> = { 'da-inviare': 'bg-secondary', 'in-attesa': 'bg-warning text-dark', unita: 'bg-success', 'da-aggiornare': 'bg-danger' };
const day = (iso: string | null): string => (iso ? formatDate(iso.slice(0, 10)) : '—');

function ReplyCell({ s }: { s: PartnerStatus }) {
  if (!s.reply) return <>—</>;
  const r = s.reply;
  return (
    <>
      {day(r.ricevuta)}, {SIGNATURE[r.firma]}
      {r.firmatario ? <> da {r.firmatario}{r.codiceFiscaleFirmatario ? ` (${r.codiceFiscaleFirmatario})` : ''}</> : null}
    </>
  );
}

/**
 * «Stato dei Comuni» (core's partnerStatuses): for each Comune the module sent, the reply received,
 * who signed it, and whether the lead changed its parts since; the two round-trip buttons.
 */
export function PartnerBoard({ doc }: { doc: Proposal }) {
  const list = partnerStatuses(doc);
  const working = useStore((s) => s.busy);
  const saved = useStore((s) => s.handle !== null);
  const [entro, setEntro] = useState('');
  const [importing, setImporting] = useState(false);
  if (!list.length) return null;
  return (
    <section aria-labelledby="stato-comuni" className="rows" data-testid="stato-comuni">
      <h2 id="stato-comuni" className="h5">Stato dei Comuni</h2>
      <p className="form-text">Ogni Comune compila e firma la propria parte con Proposta: prepara i moduli, inviali per PEC o e-mail e importa le risposte firmate.</p>
      <div className="table-responsive">
        <table className="table table-sm align-middle">
          <thead>
            <tr><th scope="col">Comune</th><th scope="col">Stato</th><th scope="col">Modulo inviato</th><th scope="col">Risposta entro</th><th scope="col">Risposta ricevuta</th></tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id} data-partner={s.id} data-stato={s.state}>
                <th scope="row">{s.name}</th>
                <td><span className={`badge ${BADGE[s.state]}`}>{PARTNER_STATE_LABEL[s.state]}</span></td>
                <td>{day(s.sent)}</td>
                <td>{s.requestedBy ? day(s.requestedBy) : '—'}</td>
                <td><ReplyCell s={s} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="d-flex flex-wrap gap-3 align-items-end">
        <div className="field mb-0">
          <label htmlFor="risposta-entro" className="form-label">Risposta entro (facoltativo)</label>
          <DateInput id="risposta-entro" className="form-control" value={entro} onChange={setEntro} />
        </div>
        <button type="button" className="btn btn-primary" disabled={working} onClick={() => void preparePartnerModules(entro)}>Prepara i moduli per i Comuni</button>
        <button type="button" className="btn btn-outline-primary" disabled={working || !saved} onClick={() => setImporting(true)}
          aria-describedby={saved ? undefined : 'importa-aiuto'}>Importa la risposta di un Comune</button>
      </div>
      {!saved && <p id="importa-aiuto" className="form-text">Salva la proposta per importare le risposte: si conservano nella sua cartella.</p>}
      {importing && <ReplyImportDialog onClose={() => setImporting(false)} />}
    </section>
  );
}
