import { useState } from 'react';
import { countIssues, countOf } from '../../core';
import { closeExportDialog as close, replyName, saveUnsignedReply, signReply } from '../store/actions';
import { isDesktop, useIssues } from '../store/selectors';
import { useStore } from '../store/store';
import { SignerFields, type SigningWay } from './SignerFields';
import type { TokenChoice } from './TokenFields';

type Way = SigningWay;
const WAYS: ReadonlyArray<{ way: Way; label: string }> = [
  { way: 'p12', label: 'Con un file di firma (.p12)' },
  { way: 'token', label: 'Con la smart card o il token' },
  { way: 'senza-firma', label: 'Senza firma: firmerò il modulo con il programma della carta (DiKe, ArubaSign, GoSign)' },
];
const NO_TOKEN: TokenChoice = { module: '', token: '', certificate: '', pin: '' };

/**
 * «Firma e prepara la risposta»: the module as edited, signed by the Comune's legal representative
 * (enveloping CAdES, `.proposta-partner.p7m`), or saved to be signed with the card's software. The
 * Comune's own errors are shown and do not block: the lead decides.
 */
export function ReplyDialog() {
  const name = useStore((s) => s.name);
  const c = countIssues(useIssues());
  const [way, setWay] = useState<Way>('p12');
  const [certificate, setCertificate] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState<TokenChoice>(NO_TOKEN);
  const [output, setOutput] = useState(replyName(name));
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [exists, setExists] = useState(false);
  const [replace, setReplace] = useState(false);
  const browser = !isDesktop();
  const refuse = (message: string, field: string) => {
    setError(message);
    document.getElementById(field)?.focus();
  };
  const submit = async () => {
    if (way === 'senza-firma') {
      setWorking(true);
      await saveUnsignedReply();
      setWorking(false);
      return;
    }
    if (way === 'p12' && browser && certificate.trim() === '') return refuse('Indica il nome del certificato (.p12 o .pfx) che si trova nella cartella di lavoro, oppure scegli un altro modo di firmare.', 'certificato-risposta');
    if (way === 'token' && (!token.module || !token.token)) return refuse('Scegli il programma della carta e premi «Leggi la carta» per vedere la carta e i suoi certificati.', 'modulo-carta');
    if (way === 'token' && token.pin === '') return refuse('Scrivi il PIN della carta.', 'pin-carta');
    setError(null);
    setWorking(true);
    const pin = token.pin;
    // The PIN and the password leave the fields as soon as they are sent.
    setToken((t) => ({ ...t, pin: '' }));
    setPassword('');
    const r = await signReply({ output, way, ...(exists && replace ? { overwrite: true } : {}), certificate: certificate.trim(), password, ...(way === 'token' ? { token: { module: token.module, token: token.token, certificate: token.certificate, pin } } : {}) });
    setWorking(false);
    setError(r ? r.error : null);
    setExists(r?.exists === true);
    setReplace(false);
  };
  return (
    <div className="dialog-backdrop" role="presentation">
      <div role="dialog" aria-modal="true" aria-labelledby="risposta-titolo" className="dialog-box dialog-wide p-4" onKeyDown={(e) => { if (e.key === 'Escape') close(); }}>
        <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <h2 id="risposta-titolo" className="h4">Firma e prepara la risposta al capofila</h2>
          <p data-testid="controllo-risposta">Controllo delle parti del Comune: {countOf(c.errore, 'errore', 'errori')}, {countOf(c.avviso, 'avviso', 'avvisi')}.</p>
          {c.errore > 0 && <p className="field-warning">Puoi firmare anche con errori aperti: il capofila li vedrà e deciderà se chiederne la correzione. Conviene correggerli prima.</p>}
          <p className="form-text">La firma copre il modulo così come è ora: firmala il legale rappresentante del Comune (o chi ne ha la delega).</p>
          <SignerFields prefix="risposta" legend="Come vuoi firmare la risposta?" ways={WAYS} way={way} onWay={(w) => { setWay(w); setError(null); }} browser={browser}
            ids={{ certificate: 'certificato-risposta', password: 'password-risposta' }} certificate={certificate} onCertificate={setCertificate} password={password} onPassword={setPassword}
            token={token} onToken={(v) => setToken((t) => ({ ...t, ...v }))} />
          {way === 'senza-firma' && (
            <p className="form-text mb-3" data-testid="spiegazione-risposta-senza-firma">
              Proposta salva il modulo ({name ?? 'modulo'}). Firmalo con il programma della tua carta in formato <strong>CAdES</strong>: ne esce <code>{replyName(name)}</code>, da inviare al capofila.
              Non modificare il file prima di firmarlo.
            </p>
          )}
          {browser && way !== 'senza-firma' && (
            <div className="field"><label htmlFor="nome-risposta" className="form-label">Nome della risposta nella cartella di lavoro</label>
              <input id="nome-risposta" className="form-control" value={output} onChange={(e) => { setOutput(e.target.value); setExists(false); }} /></div>
          )}
          {exists && way !== 'senza-firma' && (
            <div className="form-check mb-3">
              <input id="sostituisci-risposta" type="checkbox" className="form-check-input" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
              <label htmlFor="sostituisci-risposta" className="form-check-label">Sostituisci la risposta che esiste già con questo nome</label>
            </div>
          )}
          {working && <p role="status">{way === 'senza-firma' ? 'Salvataggio del modulo…' : 'Firma della risposta in corso…'}</p>}
          {error && <p role="alert" className="field-error fw-semibold" data-testid="errore-risposta">{error}</p>}
          <div className="d-flex gap-2 justify-content-end">
            <button type="button" className="btn btn-outline-secondary" onClick={close}>Chiudi</button>
            <button type="submit" className="btn btn-primary" disabled={working}>{way === 'senza-firma' ? 'Salva il modulo da firmare' : 'Firma la risposta'}</button>
          </div>
        </form>
      </div>
    </div>
  );
}
