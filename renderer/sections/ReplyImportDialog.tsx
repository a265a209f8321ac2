import { useEffect, useRef, useState } from 'react';
import { conflictLabel, type Side } from '../../core';
import { importPartnerReply, replyCandidates, type ImportStep } from '../store/actions';
import { isDesktop } from '../store/selectors';
import { useStore } from '../store/store';

type Decide = Extract<ImportStep, { kind: 'da-decidere' }>['outcome'];
const SIGNATURE = { valida: 'Firma digitale valida', 'non-valida': 'Firma digitale NON valida', assente: 'Risposta non firmata' } as const;
const shown = (v: unknown): string => (v === null || v === undefined ? '(riga eliminata)' : typeof v === 'string' ? v || '(vuoto)' : JSON.stringify(v));

/** The signature found and, when it is not the legal representative's valid one, the explicit confirmation. */
function SignatureBox({ d, accept, setAccept }: { d: Decide; accept: boolean; setAccept: (v: boolean) => void }) {
  const s = d.signature;
  return (
    <div className={`alert ${d.signatureRefusal ? 'alert-warning' : 'alert-success'}`} data-testid="firma-risposta" data-firma={s.state}>
      <p className="mb-1"><strong>{SIGNATURE[s.state]}</strong>{s.signer ? ` — firmata da ${s.signer}${s.fiscalCode ? ` (${s.fiscalCode})` : ''}` : ''}</p>
      {d.signatureRefusal && (
        <>
          <p className="mb-2" data-codice={d.signatureRefusal.code}>{d.signatureRefusal.message.replace(/ ?\(--accetta-non-firmata\)/, '')}</p>
          <div className="form-check">
            <input id="accetta-firma" type="checkbox" className="form-check-input" checked={accept} onChange={(e) => setAccept(e.target.checked)} />
            <label htmlFor="accetta-firma" className="form-check-label">Ho verificato la provenienza: importa comunque questa risposta</label>
          </div>
        </>
      )}
    </div>
  );
}

/** The conflicts side by side (Proposta / Risposta / Inviato), one choice each or all at once. */
function ConflictTable({ d, choice, setChoice }: { d: Decide; choice: Record<string, Side>; setChoice: (c: Record<string, Side>) => void }) {
  const all = (side: Side) => setChoice(Object.fromEntries(d.conflicts.map((c) => [c.path, side])));
  return (
    <section aria-labelledby="conflitti-titolo" data-testid="conflitti">
      <h3 id="conflitti-titolo" className="h6">Campi cambiati sia dal capofila sia dal Comune ({d.conflicts.length})</h3>
      <div className="d-flex gap-2 mb-2">
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => all('mio')}>Tieni tutto dalla proposta</button>
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => all('loro')}>Prendi tutto dalla risposta</button>
      </div>
      <div className="table-responsive">
        <table className="table table-sm align-middle">
          <thead><tr><th scope="col">Campo</th><th scope="col">Proposta</th><th scope="col">Risposta</th><th scope="col">Inviato</th></tr></thead>
          <tbody>
            {d.conflicts.map((c, i) => (
              <tr key={c.path} data-campo={c.path}>
                <th scope="row">{conflictLabel(c.path)}<br /><code className="small">{c.path}</code></th>
                {(['mio', 'loro'] as const).map((side) => (
                  <td key={side}>
                    <div className="form-check">
                      <input id={`conflitto-${i}-${side}`} type="radio" className="form-check-input" name={`conflitto-${i}`} checked={choice[c.path] === side}
                        onChange={() => setChoice({ ...choice, [c.path]: side })} />
                      <label htmlFor={`conflitto-${i}-${side}`} className="form-check-label text-break">{shown(side === 'mio' ? c.mine : c.theirs)}</label>
                    </div>
                  </td>
                ))}
                <td className="text-break text-muted">{shown(c.base)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * «Importa la risposta di un Comune»: choose the file (desktop: the system dialog; browser: the
 * workspace folder's replies), then a refusal with its reason, or the decisions the officer must make
 * (signature, conflicts) before the merge is applied as one undo step.
 */
export function ReplyImportDialog({ onClose }: { onClose: () => void }) {
  const desktop = isDesktop();
  const working = useStore((s) => s.busy);
  const [files, setFiles] = useState<Array<{ name: string }>>([]);
  const [name, setName] = useState('');
  const [step, setStep] = useState<ImportStep | null>(null);
  const [accept, setAccept] = useState(false);
  const [choice, setChoice] = useState<Record<string, Side>>({});
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    title.current?.focus();
    if (!desktop) void replyCandidates().then((f) => { setFiles(f); setName(f[0]?.name ?? ''); });
  }, [desktop]);
  const after = (s: ImportStep | null) => {
    if (s?.kind === 'unita') return onClose();
    setStep(s);
    setAccept(false);
    setChoice({});
  };
  const start = async () => after(await importPartnerReply(desktop ? { kind: 'dialog' } : { kind: 'workspace', name }));
  const d = step?.kind === 'da-decidere' ? step.outcome : null;
  const decided = d !== null && (!d.signatureRefusal || accept) && d.conflicts.every((c) => choice[c.path]);
  const merge = async () => {
    if (!d || !decided) return;
    const s = await importPartnerReply({ kind: 'handle', handle: d.handle }, accept, d.conflicts.length ? { perField: choice } : undefined);
    if (s?.kind === 'da-decidere') setStep(s);
    else after(s);
  };
  return (
    <div className="dialog-backdrop" role="presentation">
      <div role="dialog" aria-modal="true" aria-labelledby="importa-titolo" className="dialog-box dialog-wide p-4" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
        <h2 id="importa-titolo" ref={title} tabIndex={-1} className="h4">Importa la risposta di un Comune</h2>
        {!d && (
          <form onSubmit={(e) => { e.preventDefault(); void start(); }}>
            {desktop ? <p>Scegli il file ricevuto dal Comune: il modulo firmato (.p7m) o non firmato (.proposta-partner).</p> : (
              <div className="field">
                <label htmlFor="risposta-file" className="form-label">Risposta nella cartella di lavoro</label>
                <select id="risposta-file" className="form-select" value={name} onChange={(e) => setName(e.target.value)}>
                  {files.map((f) => <option key={f.name} value={f.name}>{f.name}</option>)}
                </select>
                {!files.length && <p className="form-text">Nessuna risposta nella cartella di lavoro: copia lì il file ricevuto dal Comune.</p>}
              </div>
            )}
            {step?.kind === 'rifiutata' && (
              <div role="alert" className="alert alert-danger" data-testid="risposta-rifiutata" data-codice={step.code}>{step.message}</div>
            )}
            <div className="d-flex gap-2 justify-content-end">
              <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Chiudi</button>
              <button type="submit" className="btn btn-primary" disabled={working || (!desktop && !name)}>{desktop ? 'Scegli il file…' : 'Importa'}</button>
            </div>
          </form>
        )}
        {d && (
          <form onSubmit={(e) => { e.preventDefault(); void merge(); }}>
            <p>Risposta di <strong>{d.name}</strong>: nulla è stato ancora modificato.</p>
            <SignatureBox d={d} accept={accept} setAccept={setAccept} />
            {d.conflicts.length > 0 && <ConflictTable d={d} choice={choice} setChoice={setChoice} />}
            <div className="d-flex gap-2 justify-content-end">
              <button type="button" className="btn btn-outline-secondary" onClick={onClose}>Annulla</button>
              <button type="submit" className="btn btn-primary" disabled={working || !decided}>Unisci la risposta</button>
            </div>
          </form>
        )}
      </div>
    </div>
  );
}
