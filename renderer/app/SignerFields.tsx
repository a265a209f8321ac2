import { TokenFields, type TokenChoice } from './TokenFields';

export type SigningWay = 'p12' | 'token' | 'senza-firma';

interface SignerFieldsProps {
  /** Distinguishes the dialogs' ids: the radios are `${prefix}-${way}`. */
  readonly prefix: string;
  readonly legend: string;
  readonly ways: ReadonlyArray<{ way: SigningWay; label: string }>;
  readonly way: SigningWay;
  readonly onWay: (way: SigningWay) => void;
  /** In the browser the certificate is named from the workspace folder; the desktop asks with its dialog. */
  readonly browser: boolean;
  readonly ids: { readonly certificate: string; readonly password: string };
  readonly certificate: string;
  readonly onCertificate: (value: string) => void;
  readonly password: string;
  readonly onPassword: (value: string) => void;
  readonly token: TokenChoice;
  readonly onToken: (value: Partial<TokenChoice>) => void;
}

/**
 * How to sign — a .p12 and its password, the smart card (TokenFields), or «senza firma» — as the
 * package and the partner's reply both ask it. What «senza firma» means is each dialog's to say.
 */
export function SignerFields(p: SignerFieldsProps) {
  return (
    <>
      <fieldset className="mb-3">
        <legend className="h6">{p.legend}</legend>
        {p.ways.map((w) => (
          <div className="form-check" key={w.way}>
            <input id={`${p.prefix}-${w.way}`} type="radio" name={`modo-${p.prefix}`} className="form-check-input" checked={p.way === w.way} onChange={() => p.onWay(w.way)} />
            <label htmlFor={`${p.prefix}-${w.way}`} className="form-check-label">{w.label}</label>
          </div>
        ))}
      </fieldset>
      {p.way === 'p12' && p.browser && (
        <div className="field"><label htmlFor={p.ids.certificate} className="form-label">Certificato nella cartella di lavoro</label>
          <input id={p.ids.certificate} className="form-control" value={p.certificate} onChange={(e) => p.onCertificate(e.target.value)} placeholder="firma.p12" /></div>
      )}
      {p.way === 'p12' && (
        <div className="field"><label htmlFor={p.ids.password} className="form-label">Password del certificato</label>
          <input id={p.ids.password} type="password" autoComplete="off" className="form-control" value={p.password} onChange={(e) => p.onPassword(e.target.value)} />
          <p className="form-text">La password resta in memoria solo per questa firma: non viene salvata.</p></div>
      )}
      {p.way === 'token' && <TokenFields value={p.token} onChange={p.onToken} />}
    </>
  );
}
