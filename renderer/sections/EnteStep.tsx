import { ENTI_SOVRACOMUNALI_PUGLIA, defaultCallProfile, type Proposal } from '../../core';
import { FieldAt } from '../fields/FieldAt';
import { dispatch } from '../store/actions';
import { BodyCard } from './BodyCard';
import { PartnerList } from './PartnerList';

/** Ente proponente: who applies; an aggregation lists its Comuni with the population sum live. */
export function EnteStep({ doc }: { doc: Proposal }) {
  const e = doc.ente;
  const aboveComune = e.tipo === 'provincia' || e.tipo === 'citta-metropolitana';
  return (
    <>
      <FieldAt pointer="/ente/tipo" value={e.tipo} />
      <fieldset className="field-group">
        <legend className="h6">{e.tipo === 'aggregazione' ? 'Comune capofila' : 'Ente proponente'}</legend>
        {aboveComune ? (
          <div className="field">
            <label htmlFor="scelta-ente" className="form-label">Scegli l'ente</label>
            <select id="scelta-ente" className="form-select" value={e.capofila.codiceIstat}
              onChange={(ev) => {
                const ref = ENTI_SOVRACOMUNALI_PUGLIA.find((x) => x.istat === ev.target.value);
                if (ref) dispatch({ type: 'batch', commands: [
                  { type: 'field/set', pointer: '/ente/capofila/codiceIstat', value: ref.istat },
                  { type: 'field/set', pointer: '/ente/capofila/denominazione', value: ref.nome },
                ] });
              }}>
              <option value="">— scegli —</option>
              {ENTI_SOVRACOMUNALI_PUGLIA.filter((x) => x.tipo === e.tipo && x.istat !== '072').map((x) => <option key={x.istat} value={x.istat}>{x.nome}</option>)}
            </select>
          </div>
        ) : null}
        {aboveComune ? <FieldAt pointer="/ente/capofila" value={e.capofila} /> : <BodyCard pointer="/ente/capofila" body={e.capofila} lookupLabel="Cerca il Comune" />}
      </fieldset>
      {e.tipo === 'aggregazione' && <PartnerList doc={doc} threshold={defaultCallProfile().ammissibilita.popolazioneMinima} />}
      <FieldAt pointer="/ente/attoApprovazione" value={e.attoApprovazione} />
      <FieldAt pointer="/ente/legaleRappresentante" value={e.legaleRappresentante} />
      <FieldAt pointer="/ente/rup" value={e.rup} />
      <FieldAt pointer="/ente/rtd" value={e.rtd} />
    </>
  );
}
