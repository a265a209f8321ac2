import { useState } from 'react';
import { countIssues, type PackageVerification, countOf } from '../../core';
import { closeExportDialog as close, createPackage, goTo, verifyPackage } from '../store/actions';
import { isDesktop, useDirty, useIssues } from '../store/selectors';
import { useStore } from '../store/store';
import { VerificationLevels } from './VerificationLevels';

/** "Crea pacchetto firmato": the readiness check first; errors block, warnings go into the manifest. */
export function PackageDialog() {
  const doc = useStore((s) => s.doc);
  const handle = useStore((s) => s.handle);
  const dirty = useDirty();
  const issues = useIssues();
  const c = countIssues(issues);
  const [signed, setSigned] = useState(true);
  const [certificate, setCertificate] = useState('');
  const [password, setPassword] = useState('');
  const [output, setOutput] = useState(`${doc?.progetto.acronimo || 'proposta'}-pacchetto.zip`);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const browser = !isDesktop();
  const blocked = c.errore > 0 || !handle || dirty;
  const submit = async () => {
    if (!doc || !handle) return;
    if (signed && browser && certificate.trim() === '') {
      setError('Indica il nome del certificato (.p12 o .pfx) che si trova nella cartella di lavoro, oppure togli la spunta per un pacchetto da firmare con la smart card.');
      document.getElementById('certificato')?.focus();
      return;
    }
    setError(null);
    setWorking(true);
    setError(await createPackage({ output, certificate: signed ? certificate.trim() : null, password }));
    setWorking(false);
    setPassword('');
  };
  return (
    <div className="dialog-backdrop" role="presentation">
      <form role="dialog" aria-modal="true" aria-labelledby="pacchetto-titolo" className="dialog-box dialog-wide p-4" onSubmit={(e) => { e.preventDefault(); void submit(); }} onKeyDown={(e) => { if (e.key === 'Escape') close(); }}>
        <h2 id="pacchetto-titolo" className="h4">Crea il pacchetto di presentazione</h2>
        <p data-testid="controllo-pacchetto">Controllo: {countOf(c.errore, 'errore', 'errori')}, {countOf(c.avviso, 'avviso', 'avvisi')}.</p>
        {c.errore > 0 && <p className="field-error">Correggi gli errori prima di creare il pacchetto. <button type="button" className="btn btn-link p-0" onClick={() => { close(); goTo('riepilogo'); }}>Vedi l'elenco</button></p>}
        {(!handle || dirty) && <p className="field-error">Salva la proposta prima di creare il pacchetto: gli allegati si cercano nella sua cartella.</p>}
        {c.avviso > 0 && <p>Gli avvisi non bloccano il pacchetto: saranno riportati nel manifesto.</p>}
        <div className="form-check">
          <input id="con-firma" type="checkbox" className="form-check-input" checked={signed} onChange={(e) => setSigned(e.target.checked)} />
          <label htmlFor="con-firma" className="form-check-label">Firma con un certificato PKCS#12 (.p12 o .pfx)</label>
        </div>
        {!signed && <p className="form-text">Il pacchetto sarà creato senza firma, da firmare con il software della smart card.</p>}
        {signed && browser && (
          <div className="field"><label htmlFor="certificato" className="form-label">Certificato nella cartella di lavoro</label>
            <input id="certificato" className="form-control" value={certificate} onChange={(e) => setCertificate(e.target.value)} placeholder="firma.p12" /></div>
        )}
        {signed && (
          <div className="field"><label htmlFor="password-certificato" className="form-label">Password del certificato</label>
            <input id="password-certificato" type="password" autoComplete="off" className="form-control" value={password} onChange={(e) => setPassword(e.target.value)} />
            <p className="form-text">La password resta in memoria solo per questa firma: non viene salvata.</p></div>
        )}
        {browser && (
          <div className="field"><label htmlFor="nome-pacchetto" className="form-label">Nome del pacchetto nella cartella di lavoro</label>
            <input id="nome-pacchetto" className="form-control" value={output} onChange={(e) => setOutput(e.target.value)} /></div>
        )}
        {working && <p role="status">Creazione del pacchetto in corso: dossier PDF e DOCX, impronte, firme…</p>}
        {error && <p role="alert" className="field-error fw-semibold" data-testid="errore-pacchetto">{error}</p>}
        <div className="d-flex gap-2 justify-content-end">
          <button type="button" className="btn btn-outline-secondary" onClick={close}>Chiudi</button>
          <button type="submit" className="btn btn-primary" disabled={blocked || working}>Crea il pacchetto</button>
        </div>
      </form>
    </div>
  );
}

/** "Verifica pacchetto": every hash, both signatures and the proposal's validation. */
export function VerifyDialog() {
  const [name, setName] = useState('');
  const [report, setReport] = useState<{ name: string; report: PackageVerification } | null>(null);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setWorking(true);
    const r = await verifyPackage(name);
    setWorking(false);
    setError(r && 'error' in r ? r.error : null);
    if (r && !('error' in r)) setReport(r);
  };
  const rep = report?.report;
  return (
    <div className="dialog-backdrop" role="presentation">
      <form role="dialog" aria-modal="true" aria-labelledby="verifica-titolo" className="dialog-box dialog-wide p-4" onSubmit={(e) => { e.preventDefault(); void run(); }} onKeyDown={(e) => { if (e.key === 'Escape') close(); }}>
        <h2 id="verifica-titolo" className="h4">Verifica un pacchetto</h2>
        {!isDesktop() && (
          <div className="field"><label htmlFor="pacchetto-da-verificare" className="form-label">Pacchetto nella cartella di lavoro</label>
            <input id="pacchetto-da-verificare" className="form-control" value={name} onChange={(e) => setName(e.target.value)} placeholder="pacchetto.zip" /></div>
        )}
        {working && <p role="status">Verifica in corso…</p>}
        {error && <p role="alert" className="field-error fw-semibold">{error}</p>}
        {rep && (
          <div data-testid="esito-verifica" role="status">
            <VerificationLevels name={report.name} report={rep} />
          </div>
        )}
        <div className="d-flex gap-2 justify-content-end">
          <button type="button" className="btn btn-outline-secondary" onClick={close}>Chiudi</button>
          <button type="submit" className="btn btn-primary" disabled={working}>{isDesktop() ? 'Scegli e verifica…' : 'Verifica'}</button>
        </div>
      </form>
    </div>
  );
}
