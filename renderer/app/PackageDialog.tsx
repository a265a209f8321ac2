import { useState } from 'react';
import { countIssues, type PackageVerification, countOf } from '../../core';
import { closeExportDialog as close, createPackage, goTo, verifyPackage } from '../store/actions';
import { isDesktop, useDirty, useIssues } from '../store/selectors';
import { useStore } from '../store/store';
import { CompletePackage } from './CompletePackage';
import { SignerFields, type SigningWay } from './SignerFields';
import type { TokenChoice } from './TokenFields';
import { VerificationLevels } from './VerificationLevels';

type Way = SigningWay;
const WAYS: ReadonlyArray<{ way: Way; label: string }> = [
  { way: 'p12', label: 'Con un file di firma (.p12)' },
  { way: 'token', label: 'Con la smart card o il token' },
  { way: 'senza-firma', label: 'Senza firma: firmerò i file con il programma della carta (DiKe, ArubaSign, GoSign)' },
];
const NO_TOKEN: TokenChoice = { module: '', token: '', certificate: '', pin: '' };

/** "Crea pacchetto firmato": the readiness check first; errors block, warnings go into the manifest. Three ways to sign, and the completion. */
export function PackageDialog() {
  const doc = useStore((s) => s.doc);
  const handle = useStore((s) => s.handle);
  const dirty = useDirty();
  const issues = useIssues();
  const c = countIssues(issues);
  const [way, setWay] = useState<Way>('p12');
  const [certificate, setCertificate] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState<TokenChoice>(NO_TOKEN);
  const [output, setOutput] = useState(`${doc?.progetto.acronimo || 'proposta'}-pacchetto.zip`);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [toSign, setToSign] = useState<{ name: string; toSign: { manifest: string; pdf: string } } | null>(null);
  const browser = !isDesktop();
  const blocked = c.errore > 0 || !handle || dirty;
  const refuse = (message: string, field: string) => {
    setError(message);
    document.getElementById(field)?.focus();
  };
  const submit = async () => {
    if (!doc || !handle) return;
    if (way === 'p12' && browser && certificate.trim() === '') return refuse('Indica il nome del certificato (.p12 o .pfx) che si trova nella cartella di lavoro, oppure scegli un altro modo di firmare.', 'certificato');
    if (way === 'token' && (!token.module || !token.token)) return refuse('Scegli il programma della carta e premi «Leggi la carta» per vedere la carta e i suoi certificati.', 'modulo-carta');
    if (way === 'token' && token.pin === '') return refuse('Scrivi il PIN della carta.', 'pin-carta');
    setError(null);
    setWorking(true);
    const pin = token.pin;
    // The PIN and the password leave the fields as soon as they are sent.
    setToken((t) => ({ ...t, pin: '' }));
    setPassword('');
    const r = await createPackage({ output, way, certificate: certificate.trim(), password, ...(way === 'token' ? { token: { module: token.module, token: token.token, certificate: token.certificate, pin } } : {}) });
    setWorking(false);
    setError(r && 'error' in r ? r.error : null);
    if (r && 'toSign' in r) setToSign(r);
  };
  return (
    <div className="dialog-backdrop" role="presentation">
      <div role="dialog" aria-modal="true" aria-labelledby="pacchetto-titolo" className="dialog-box dialog-wide p-4" onKeyDown={(e) => { if (e.key === 'Escape') close(); }}>
        <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <h2 id="pacchetto-titolo" className="h4">Crea il pacchetto di presentazione</h2>
          <p data-testid="controllo-pacchetto">Controllo: {countOf(c.errore, 'errore', 'errori')}, {countOf(c.avviso, 'avviso', 'avvisi')}.</p>
          {c.errore > 0 && <p className="field-error">Correggi gli errori prima di creare il pacchetto. <button type="button" className="btn btn-link p-0" onClick={() => { close(); goTo('riepilogo'); }}>Vedi l'elenco</button></p>}
          {(!handle || dirty) && <p className="field-error">Salva la proposta prima di creare il pacchetto: gli allegati si cercano nella sua cartella.</p>}
          {c.avviso > 0 && <p>Gli avvisi non bloccano il pacchetto: saranno riportati nel manifesto.</p>}
          <SignerFields prefix="firma" legend="Come vuoi firmare il pacchetto?" ways={WAYS} way={way} onWay={(w) => { setWay(w); setError(null); }} browser={browser}
            ids={{ certificate: 'certificato', password: 'password-certificato' }} certificate={certificate} onCertificate={setCertificate} password={password} onPassword={setPassword}
            token={token} onToken={(v) => setToken((t) => ({ ...t, ...v }))} />
          {way === 'senza-firma' && (
            <div className="form-text mb-3" data-testid="spiegazione-senza-firma">
              <p className="mb-1">Proposta crea il pacchetto senza firma e, accanto, i due file da firmare con il programma della tua carta:</p>
              <ul className="mb-1">
                <li>il <strong>manifesto</strong> (<code>…-da-firmare-manifest.json</code>): firmalo in formato <strong>CAdES</strong>, ne esce un file <code>.p7m</code>;</li>
                <li>il <strong>dossier</strong> (<code>…-da-firmare-dossier.pdf</code>): firmalo in formato <strong>PAdES</strong> (firma PDF), resta un <code>.pdf</code>.</li>
              </ul>
              <p className="mb-0">Poi torna qui e usa «Completa con i file firmati». Non modificare i file prima di firmarli: Proposta controlla che le firme coprano esattamente i dati del pacchetto.</p>
            </div>
          )}
          {browser && (
            <div className="field"><label htmlFor="nome-pacchetto" className="form-label">Nome del pacchetto nella cartella di lavoro</label>
              <input id="nome-pacchetto" className="form-control" value={output} onChange={(e) => setOutput(e.target.value)} /></div>
          )}
          {working && <p role="status">Creazione del pacchetto in corso: dossier PDF e DOCX, impronte, firme…</p>}
          {error && <p role="alert" className="field-error fw-semibold" data-testid="errore-pacchetto">{error}</p>}
          {toSign && (
            <div role="status" className="alert alert-info" data-testid="file-da-firmare">
              <p className="mb-1">Pacchetto senza firma creato: <strong>{toSign.name}</strong>. Firma con il programma della carta questi due file, che si trovano accanto al pacchetto:</p>
              <ul className="mb-0">
                <li><strong>{toSign.toSign.manifest}</strong>: firma CAdES (.p7m)</li>
                <li><strong>{toSign.toSign.pdf}</strong>: firma PAdES (PDF)</li>
              </ul>
            </div>
          )}
          <div className="d-flex gap-2 justify-content-end">
            <button type="button" className="btn btn-outline-secondary" onClick={close}>Chiudi</button>
            <button type="submit" className="btn btn-primary" disabled={blocked || working}>Crea il pacchetto</button>
          </div>
        </form>
        <CompletePackage key={toSign?.name ?? ''} defaults={toSign ? { source: toSign.name, manifest: '', pdf: '' } : null} />
      </div>
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
