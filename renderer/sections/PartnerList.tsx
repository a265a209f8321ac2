import { formatInteger, type Proposal } from '../../core';
import { dispatch } from '../store/actions';
import { Cell } from '../widgets/cells';
import { ComuneLookup } from '../widgets/ComuneLookup';
import { RowsTable, type Column } from '../widgets/RowsTable';
import { BodyCard } from './BodyCard';
import { fillFromComune } from './ente-fill';

const COLUMNS: Column[] = [
  { key: 'denominazione' },
  { key: 'codiceIstat' },
  {
    key: 'popolazione', title: 'Popolazione dichiarata',
    render: (row, i) => <Cell pointer={`/ente/partner/${i}/popolazione/valore`} value={(row.popolazione as { valore: number | null }).valore} label={`Popolazione dichiarata, riga ${i + 1}`} />,
  },
];

/** The Comuni of an aggregation, with the sum of declared populations against the threshold. */
export function PartnerList({ doc, threshold }: { doc: Proposal; threshold: number | null }) {
  const partners = doc.ente.partner;
  const sum = [doc.ente.capofila, ...partners].reduce((a, b) => a + (b.popolazione.valore ?? 0), 0);
  const reached = threshold === null || sum >= threshold;
  return (
    <section aria-labelledby="comuni-aggregati" className="rows">
      <h2 id="comuni-aggregati" className="h5">Comuni aggregati ({partners.length})</h2>
      <p className={`population-sum ${reached ? 'ok' : 'ko'}`} role="status" data-testid="somma-popolazione">
        Popolazione dichiarata dell'aggregazione: {formatInteger(sum)} abitanti
        {threshold !== null && (reached ? ` — soglia di ${formatInteger(threshold)} raggiunta.` : ` — mancano ${formatInteger(threshold - sum)} abitanti per la soglia di ${formatInteger(threshold)}.`)}
      </p>
      <ComuneLookup label="Aggiungi un Comune" onPick={(c) => dispatch({ type: 'batch', commands: [
        { type: 'rows/add', pointer: '/ente/partner' },
        fillFromComune(`/ente/partner/${partners.length}`, c),
      ] })} />
      <RowsTable pointer="/ente/partner" rows={partners as unknown as Record<string, unknown>[]} columns={COLUMNS} rowLabel="Comune aggregato" caption="Comuni aggregati"
        details={(pointer, row, i) => <BodyCard pointer={pointer} body={partners[i] ?? (row as never)} lookupLabel={`Cambia il Comune aggregato n. ${i + 1}`} />} />
    </section>
  );
}
