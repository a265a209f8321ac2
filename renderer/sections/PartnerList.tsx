import { defaultCallProfile, formatInteger, populationVerdict, type ExclusionReason, type Partner, type Proposal } from '../../core';
import { dispatch } from '../store/actions';
import { Cell } from '../widgets/cells';
import { ComuneLookup } from '../widgets/ComuneLookup';
import { RowsTable, type Column } from '../widgets/RowsTable';
import { BodyCard } from './BodyCard';

const COLUMNS: Array<Column<Partner>> = [
  { key: 'denominazione' },
  { key: 'codiceIstat', width: '7rem' },
  {
    key: 'popolazione', title: 'Popolazione dichiarata', width: '10rem',
    render: (row, i) => <Cell pointer={`/ente/partner/${i}/popolazione/valore`} value={row.popolazione.valore} label={`Popolazione dichiarata, riga ${i + 1}`} />,
  },
];

const WHY: Readonly<Record<ExclusionReason, string>> = {
  'istat-mancante': 'manca il codice ISTAT',
  'fuori-puglia': 'non è un Comune della Puglia',
  duplicato: 'è già nell\'elenco',
  'popolazione-mancante': 'manca la popolazione',
  'popolazione-non-valida': 'la popolazione non è valida',
};

/** A partner's details: its card. Module-level, so that the rows keep their props while one is edited. */
const partnerDetails = (_pointer: string, row: Partner, i: number, inline: ReadonlySet<string>) => (
  <BodyCard pointer={`/ente/partner/${i}`} body={row} lookupLabel={`Cambia il Comune aggregato n. ${i + 1}`} omit={inline} />
);

/** The Comuni of an aggregation, with the population that counts against the threshold (derived in core). */
export function PartnerList({ doc }: { doc: Proposal }) {
  const partners = doc.ente.partner;
  const v = populationVerdict(doc, defaultCallProfile());
  const sum = v.kind === 'esente' ? 0 : v.popolazione ?? 0;
  const soglia = v.kind === 'esente' ? null : v.soglia;
  const excluded = v.kind === 'aggregazione' ? v.somma?.excluded ?? [] : [];
  const reached = v.kind === 'esente' || v.raggiunta !== false;
  return (
    <section aria-labelledby="comuni-aggregati" className="rows">
      <h2 id="comuni-aggregati" className="h5">Comuni aggregati ({partners.length})</h2>
      <p className={`population-sum ${reached ? 'ok' : 'ko'}`} role="status" data-testid="somma-popolazione">
        Popolazione dichiarata dell'aggregazione: {formatInteger(sum)} abitanti
        {soglia !== null && (reached ? ` — soglia di ${formatInteger(soglia)} raggiunta.` : ` — mancano ${formatInteger(soglia - sum)} abitanti per la soglia di ${formatInteger(soglia)}.`)}
      </p>
      {excluded.length > 0 && (
        <p className="form-text" data-testid="non-conteggiati">
          Non conteggiati: {excluded.map((x) => `${x.member.label} (${WHY[x.reason]})`).join('; ')}.
        </p>
      )}
      <ComuneLookup label="Aggiungi un Comune" onPick={(c) => dispatch({ type: 'ente/add-comune', istat: c.istat })} />
      <RowsTable pointer="/ente/partner" rows={partners} columns={COLUMNS} rowLabel="Comune aggregato" caption="Comuni aggregati"
        details={partnerDetails} />
    </section>
  );
}
