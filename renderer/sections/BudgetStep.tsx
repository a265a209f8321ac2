import { useMemo } from 'react';
import { bodyOptions, budgetTotals, defaultCallProfile, formatCents, formatPlain, fundingGap, lineAmounts, VAT_RATES, type Proposal, type VoceBudget } from '../../core';
import { FieldAt } from '../fields/FieldAt';
import { dispatch } from '../store/actions';
import { Cell, useCell } from '../widgets/cells';
import { RowsTable, type Column } from '../widgets/RowsTable';
import { BudgetTotals } from './BudgetTotals';

/** The VAT rate of a line, from the usual rates (and the line's own, if it is another). */
function RateCell({ index, rate }: { index: number; rate: number }) {
  const { id, error } = useCell(`/budget/voci/${index}/aliquotaIva`);
  return (
    <select id={id} className={`form-select form-select-sm ${error ? 'is-invalid' : ''}`} aria-label={`Aliquota IVA, riga ${index + 1}`} title={error}
      value={String(rate)} onChange={(e) => dispatch({ type: 'budget/set-vat-rate', index, rate: Number(e.target.value) })}>
      {[...new Set([...VAT_RATES, rate])].map((r) => <option key={r} value={r}>{formatPlain(r)}%</option>)}
    </select>
  );
}

/** Which body bears the cost of a line: the lead body or a partner Comune. */
function BodyCell({ index, value, bodies }: { index: number; value: string; bodies: ReadonlyArray<[string, string]> }) {
  const { id, error } = useCell(`/budget/voci/${index}/ente`);
  return (
    <select id={id} className={`form-select form-select-sm ${error ? 'is-invalid' : ''}`} aria-label={`Ente che sostiene la spesa, riga ${index + 1}`} title={error}
      aria-invalid={error ? true : undefined} value={value} onChange={(e) => dispatch({ type: 'fields/set', pointer: `/budget/voci/${index}/ente`, value: e.target.value })}>
      {!bodies.some(([v]) => v === value) && <option value={value}>— scegli —</option>}
      {bodies.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
    </select>
  );
}

function budgetColumns(bodies: ReadonlyArray<[string, string]>): Array<Column<VoceBudget>> {
  return [
    { key: 'componente', width: '9rem' },
    { key: 'categoria', width: '10rem' },
    { key: 'descrizione' },
    { key: 'ente', title: 'Ente', width: '10rem', edits: 'ente', render: (row, i) => <BodyCell index={i} value={row.ente} bodies={bodies} /> },
    {
      key: 'importoNetto', title: 'Importo netto', width: '8rem', edits: 'importoNetto', render: (row, i) => (
        <Cell pointer={`/budget/voci/${i}/importoNetto`} value={row.importoNetto} label={`Importo netto, riga ${i + 1}`}
          action={(v) => ({ type: 'budget/set-net-amount', index: i, amount: typeof v === 'number' ? v : 0 })} />
      ),
    },
    { key: 'aliquotaIva', title: 'IVA %', width: '6rem', edits: 'aliquotaIva', render: (row, i) => <RateCell index={i} rate={row.aliquotaIva} /> },
    // VAT and total are derived in core from the net amount and the rate.
    { key: 'iva', title: 'IVA (€)', width: '7.5rem', render: (row) => <span className="num">{formatCents(lineAmounts(row).vatCents)}</span> },
    { key: 'totale', title: 'Totale (€)', width: '8.5rem', render: (row) => <span className="num fw-semibold">{formatCents(lineAmounts(row).totalCents)}</span> },
  ];
}

/** Piano economico: budget lines (VAT from the rate), totals by component, category and body. */
export function BudgetStep({ doc }: { doc: Proposal }) {
  const voci = doc.budget.voci;
  const bodies = bodyOptions(doc);
  const bodiesKey = bodies.map((b) => b.join('\u0001')).join('\u0002');
  // Stable columns keep unchanged rows from re-rendering while the officer types.
  const columns = useMemo(() => budgetColumns(bodies), [bodiesKey]);
  const gap = fundingGap(doc);
  return (
    <>
      <RowsTable pointer="/budget/voci" rows={voci} columns={columns} rowLabel="Voce di spesa" caption="Voci di spesa"
        onAdd={() => dispatch({ type: 'budget/add-line' })} />
      <BudgetTotals doc={doc} />
      <FieldAt pointer="/budget/contributoRichiesto" value={doc.budget.contributoRichiesto} />
      <FieldAt pointer="/budget/cofinanziamento" value={doc.budget.cofinanziamento} />
      <p role="status" data-testid="copertura" className={gap === 0 ? 'text-success' : 'text-danger'}>
        {gap === 0 ? 'Contributo e cofinanziamento coprono esattamente il costo totale.'
          : gap > 0 ? `Restano da coprire ${formatCents(gap)} (costo totale ${formatCents(budgetTotals(doc).totalCents)}).`
            : `Contributo e cofinanziamento superano di ${formatCents(-gap)} il costo totale (${formatCents(budgetTotals(doc).totalCents)}).`}
      </p>
      {defaultCallProfile().parametri.contributoMassimo === null && (
        <p className="form-text">Contributo massimo, cofinanziamento minimo e categorie ammesse: da verificare sull'Avviso.</p>
      )}
    </>
  );
}
