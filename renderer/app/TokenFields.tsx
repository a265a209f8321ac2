import { useEffect, useState } from 'react';
import type { TokenListing, TokenModule } from '../../core';
import { listTokens, pickTokenModule, tokenModules } from '../store/actions';

export interface TokenChoice {
  readonly module: string;
  readonly token: string;
  readonly certificate: string;
  readonly pin: string;
}

const dateIt = (iso: string): string => new Date(iso).toLocaleDateString('it-IT');

/** How a certificate reads in the list: who, codice fiscale, what it is for, until when. */
const certificateText = (c: TokenListing['certificates'][number]): string =>
  `${c.holder ?? c.label}${c.fiscalCode ? ` (codice fiscale ${c.fiscalCode})` : ' (codice fiscale non presente)'}${c.nonRepudiation ? ', firma digitale' : ', autenticazione'}, valido fino al ${dateIt(c.notAfter)}`;

/** The certificate offered first: the only qualified signature one (the CNS one authenticates), else the first. */
const preferred = (certs: TokenListing['certificates']): string => {
  const qualified = certs.filter((c) => c.nonRepudiation);
  return (qualified.length === 1 ? qualified[0] : certs[0])?.id ?? '';
};

/** «Con la smart card o il token»: the card's program (module), the card, the certificate, the PIN. */
export function TokenFields({ value, onChange }: { value: TokenChoice; onChange: (v: Partial<TokenChoice>) => void }) {
  const [modules, setModules] = useState<TokenModule[] | null>(null);
  const [canPick, setCanPick] = useState(false);
  const [tokens, setTokens] = useState<TokenListing[] | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void tokenModules().then((r) => {
      if (!live) return;
      if ('error' in r) { setError(r.error); setModules([]); return; }
      setModules(r.modules);
      setCanPick(r.canPick);
      if (!value.module && r.modules[0]) onChange({ module: r.modules[0].id });
    });
    return () => { live = false; };
    // Once, when the officer chooses this way of signing.
  }, []);

  const read = async (module = value.module) => {
    if (!module) return;
    setReading(true);
    setError(null);
    const r = await listTokens(module);
    setReading(false);
    if ('error' in r) { setError(r.error); setTokens(null); return; }
    setTokens(r.tokens);
    const first = r.tokens[0];
    if (!first) { setError('Nessuna smart card trovata: inserisci la carta nel lettore e premi di nuovo «Leggi la carta».'); return; }
    onChange({ token: first.label, certificate: preferred(first.certificates) });
  };
  const pick = async () => {
    const r = await pickTokenModule();
    if (!r) return;
    if ('error' in r) { setError(r.error); return; }
    setModules((m) => [...(m ?? []).filter((x) => x.id !== r.id), r]);
    onChange({ module: r.id, token: '', certificate: '' });
    setTokens(null);
  };
  const chosen = tokens?.find((t) => t.label === value.token);

  return (
    <fieldset className="border rounded p-3 mb-3">
      <legend className="h6 float-none w-auto px-1">Smart card o token</legend>
      {modules?.length === 0 && !canPick && <p className="form-text">Su questo computer non è installato nessuno dei programmi noti delle smart card (Bit4id, Athena/InfoCert, OpenSC). Installa quello della tua carta, oppure scegli «Senza firma».</p>}
      <div className="field">
        <label htmlFor="modulo-carta" className="form-label">Programma della carta (modulo PKCS#11)</label>
        <div className="d-flex gap-2">
          <select id="modulo-carta" className="form-select" value={value.module} onChange={(e) => { onChange({ module: e.target.value, token: '', certificate: '' }); setTokens(null); }}>
            {(modules ?? []).map((m) => <option key={m.id} value={m.id}>{m.label} ({m.file})</option>)}
          </select>
          {canPick && <button type="button" className="btn btn-outline-primary text-nowrap" onClick={() => void pick()}>Scegli un altro file…</button>}
        </div>
      </div>
      <button type="button" className="btn btn-outline-primary mb-2" disabled={!value.module || reading} onClick={() => void read()}>Leggi la carta</button>
      {reading && <p role="status">Lettura della carta in corso…</p>}
      {error && <p role="alert" className="field-error" data-testid="errore-carta">{error}</p>}
      {tokens && tokens.length > 0 && (
        <>
          <div className="field">
            <label htmlFor="carta" className="form-label">Carta o token</label>
            <select id="carta" className="form-select" value={value.token} onChange={(e) => { const t = tokens.find((x) => x.label === e.target.value); onChange({ token: e.target.value, certificate: t ? preferred(t.certificates) : '' }); }}>
              {tokens.map((t) => <option key={`${t.label}-${t.serialNumber}`} value={t.label}>{t.label}{t.model ? ` (${t.manufacturer} ${t.model})` : ''}</option>)}
            </select>
          </div>
          {chosen?.pinLocked && <p className="field-error">Il PIN di questa carta è bloccato: sbloccalo con il PUK usando il programma della carta.</p>}
          {chosen?.pinFinalTry && <p className="field-error">Attenzione: resta un solo tentativo prima che la carta si blocchi.</p>}
          <div className="field">
            <label htmlFor="certificato-carta" className="form-label">Certificato di firma</label>
            <select id="certificato-carta" className="form-select" value={value.certificate} onChange={(e) => onChange({ certificate: e.target.value })}>
              {(chosen?.certificates ?? []).map((c) => <option key={c.id} value={c.id}>{certificateText(c)}</option>)}
            </select>
            {chosen && chosen.certificates.length === 0 && <p className="field-error">Su questa carta non c'è un certificato che possa firmare.</p>}
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor="pin-carta" className="form-label">PIN della carta</label>
        <input id="pin-carta" type="password" autoComplete="off" inputMode="numeric" className="form-control" value={value.pin} onChange={(e) => onChange({ pin: e.target.value })} />
        <p className="form-text">Il PIN serve solo per questa firma: non viene salvato e il campo si svuota dopo l'uso. Dopo pochi tentativi sbagliati la carta si blocca.</p>
      </div>
    </fieldset>
  );
}
