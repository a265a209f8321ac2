import { entiSovracomunaliOf, fieldLabel, type Ente, type Proposal } from '../../core';
import { FieldAt } from '../fields/FieldAt';
import { ChoiceField } from '../fields/Choices';
import { Messages } from '../fields/Messages';
import { useFieldMessages } from '../fields/field-issues';
import { fieldDomId } from '../fields/dom-id';
import { dispatch } from '../store/actions';
import { BodyCard } from './BodyCard';
import { PartnerBoard } from './PartnerBoard';
import { PartnerList } from './PartnerList';

/** The kind of body: changing it is an action of its own (leaving an aggregation takes its partners out). */
function KindField({ value }: { value: Ente['tipo'] }) {
  const pointer = '/ente/tipo';
  const id = fieldDomId(pointer);
  const messages = useFieldMessages(pointer);
  return (
    <ChoiceField id={id} label={fieldLabel(pointer)?.title ?? ''} value={value} options={fieldLabel(pointer)?.options ?? {}}
      onChange={(v) => dispatch({ type: 'ente/change-kind', tipo: v as Ente['tipo'] })} describedBy={messages.length ? `${id}-messaggi` : undefined}
      invalid={messages.some((m) => m.severity === 'errore')} messages={<Messages id={`${id}-messaggi`} messages={messages} />} />
  );
}

/** Ente proponente: who applies; an aggregation lists its Comuni with the population sum live. */
export function EnteStep({ doc }: { doc: Proposal }) {
  const e = doc.ente;
  const aboveComune = e.tipo === 'provincia' || e.tipo === 'citta-metropolitana';
  return (
    <>
      <KindField value={e.tipo} />
      <fieldset className="field-group">
        <legend className="h6">{e.tipo === 'aggregazione' ? 'Comune capofila' : 'Ente proponente'}</legend>
        {aboveComune ? (
          <div className="field">
            <label htmlFor="scelta-ente" className="form-label">Scegli l'ente</label>
            <select id="scelta-ente" className="form-select" value={e.capofila.codiceIstat}
              onChange={(ev) => dispatch({ type: 'ente/pick-ente-sovracomunale', istat: ev.target.value })}>
              <option value="">— scegli —</option>
              {entiSovracomunaliOf(e.tipo === 'provincia' ? 'provincia' : 'citta-metropolitana').map((x) => <option key={x.istat} value={x.istat}>{x.nome}</option>)}
            </select>
          </div>
        ) : null}
        {aboveComune ? <FieldAt pointer="/ente/capofila" value={e.capofila} /> : <BodyCard pointer="/ente/capofila" body={e.capofila} lookupLabel="Cerca il Comune" />}
      </fieldset>
      {e.tipo === 'aggregazione' && <PartnerList doc={doc} />}
      {e.tipo === 'aggregazione' && <PartnerBoard doc={doc} />}
      <FieldAt pointer="/ente/attoApprovazione" value={e.attoApprovazione} />
      <FieldAt pointer="/ente/legaleRappresentante" value={e.legaleRappresentante} />
      <FieldAt pointer="/ente/rup" value={e.rup} />
      <FieldAt pointer="/ente/rtd" value={e.rtd} />
    </>
  );
}
