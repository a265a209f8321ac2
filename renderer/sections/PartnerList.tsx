import { formatInteger, type Proposal } from '../../core';
import { dispatch } from '../store/actions';
import { BodyCard } from './BodyCard';
import { RowActions } from '../widgets/RowActions';

/** The Comuni of an aggregation, with the sum of declared populations against the threshold. */
export function PartnerList({ doc, threshold }: { doc: Proposal; threshold: number | null }) {
  const partners = doc.ente.partner;
  const values = [doc.ente.capofila, ...partners].map((b) => b.popolazione.valore ?? 0);
  const sum = values.reduce((a, b) => a + b, 0);
  const reached = threshold === null || sum >= threshold;
  return (
    <section aria-labelledby="comuni-aggregati" className="rows">
      <h2 id="comuni-aggregati" className="h5">Comuni aggregati ({partners.length})</h2>
      <p className={`population-sum ${reached ? 'ok' : 'ko'}`} role="status" data-testid="somma-popolazione">
        Popolazione dichiarata dell'aggregazione: {formatInteger(sum)} abitanti
        {threshold !== null && (reached ? ` — soglia di ${formatInteger(threshold)} raggiunta.` : ` — mancano ${formatInteger(threshold - sum)} abitanti per la soglia di ${formatInteger(threshold)}.`)}
      </p>
      {partners.map((p, i) => (
        <fieldset key={p.id} className="row-box">
          <legend className="h6">{p.denominazione || `Comune aggregato n. ${i + 1}`}</legend>
          <RowActions pointer="/ente/partner" index={i} count={partners.length} label="Comune aggregato" />
          <BodyCard pointer={`/ente/partner/${i}`} body={p} lookupLabel={`Cerca il Comune aggregato n. ${i + 1}`} />
        </fieldset>
      ))}
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => dispatch({ type: 'rows/add', pointer: '/ente/partner' })}>Aggiungi un Comune</button>
    </section>
  );
}
