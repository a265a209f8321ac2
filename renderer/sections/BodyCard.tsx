import { findComuneByIstat, formatInteger, type DatiEnte, type Partner } from '../../core';
import { dispatch } from '../store/actions';
import { ComuneLookup } from '../widgets/ComuneLookup';
import { Fields } from '../fields/Fields';

/** A Comune (lead body or partner): lookup from the reference list, its fields, the census hint. */
export function BodyCard({ pointer, body, lookupLabel, omit }: { pointer: '/ente/capofila' | `/ente/partner/${number}`; body: DatiEnte | Partner; lookupLabel: string; omit?: ReadonlySet<string> }) {
  const ref = findComuneByIstat(body.codiceIstat);
  return (
    <>
      <ComuneLookup label={lookupLabel} onPick={(c) => dispatch({ type: 'ente/pick-comune', pointer, istat: c.istat })} />
      {ref && (
        <p className="form-text" data-testid="suggerimento-censimento">
          {ref.nome} ({ref.provinciaNome}): codice catastale {ref.codiceCatastale}, censimento 2011 {formatInteger(ref.popolazione2011)} abitanti.
          La soglia si verifica sulla popolazione che dichiari, con data e fonte.
        </p>
      )}
      <Fields pointer={pointer} value={body} omit={omit} />
    </>
  );
}
