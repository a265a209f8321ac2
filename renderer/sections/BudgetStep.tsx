import { useMemo } from 'react';
import {
  bodyOptions, budgetTotals, defaultCallProfile, formatCents, formatPlain, fundingGap, lineAmounts, VAT_RATES, type Proposal, type VoceBudget,
} from '../../core';
import { FieldAt } from '../fields/FieldAt';
import { Fields } from '../fields/Fields';
import { dispatch } from '../store/actions';
import { Cell, COMPONENT_CHOICES, SelectCell, useCell } from '../widgets/cells';
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

export function budgetColumns(bodies: ReadonlyArray<[string, string]>): Array<Column<VoceBudget>> {
  return [
    { key: 'descrizione' },
    {
      key: 'componente', title: 'Comp.', width: '4.75rem', edits: 'componente', spare: true,
      render: (row, i) => <SelectCell pointer={`/budget/voci/${i}/componente`} label={`Componente, riga ${i + 1}`} value={row.componente} options={COMPONENT_CHOICES} />,
    },
    { key: 'ente', title: 'Ente', width: '9.5rem', edits: 'ente', render: (row, i) => <SelectCell pointer={`/budget/voci/${i}/ente`} label={`Ente che sostiene la spesa, riga ${i + 1}`} value={row.ente} options={bodies} /> },
    {
      key: 'importoNetto', title: 'Netto (€)', width: '8.5rem', edits: 'importoNetto', render: (row, i) => (
        <Cell pointer={`/budget/voci/${i}/importoNetto`} value={row.importoNetto} label={`Importo netto, riga ${i + 1}`}
          action={(v) => ({ type: 'budget/set-net-amount', index: i, amount: typeof v === 'number' ? v : 0 })} />
      ),
    },
    { key: 'aliquotaIva', title: 'IVA', width: '5.25rem', edits: 'aliquotaIva', spare: true, render: (row, i) => <RateCell index={i} rate={row.aliquotaIva} /> },
    // VAT and total are derived in core from the net amount and the rate.
    { key: 'totale', title: 'Totale (€)', width: '8.5rem', render: (row) => <span className="num fw-semibold d-block text-end">{formatCents(lineAmounts(row).totalCents)}</span> },
  ];
}

/** What a line's details add to its fields: its VAT, derived. */
function LineDetails({ pointer, row, inline }: { pointer: string; row: VoceBudget; inline: ReadonlySet<string> }) {
  const a = lineAmounts(row);
  return (
    <>
      <p className="mb-2">Importo netto {formatCents(a.netCents)} + IVA {formatCents(a.vatCents)} = <strong>{formatCents(a.totalCents)}</strong></p>
      <Fields pointer={pointer} value={row} omit={inline} />
    </>
  );
}

// Module-level, so that the rows' props stay the same and only the line being edited re-renders.
export const lineDetails = (p: string, row: VoceBudget, _i: number, inline: ReadonlySet<string>) => <LineDetails pointer={p} row={row} inline={inline} />;
export const addLine = () => dispatch({ type: 'budget/add-line' });

/** Piano economico: budget lines (VAT from the rate), totals by component, category and body. */
export function BudgetStep({ doc }: { doc: Proposal }) {
  const voci = doc.budget.voci;
  const profile = defaultCallProfile();
  const bodies = bodyOptions(doc);
  const bodiesKey = bodies.map((b) => b.join('\u0001')).join('\u0002');
  // Stable columns keep unchanged rows from re-rendering while the officer types.
  const columns = useMemo(() => budgetColumns(bodies), [bodiesKey]);
  const gap = fundingGap(doc);
  const total = budgetTotals(doc).totalCents;
  return (
    <>
      <p className="form-text">Componenti: {COMPONENT_CHOICES.map(([c]) => `${c}) ${profile.componenti.nomi[c]}`).join('; ')}. Categoria di costo e altri dati nei «Dettagli» di ogni voce.</p>
      <RowsTable pointer="/budget/voci" rows={voci} columns={columns} rowLabel="Voce di spesa" caption="Voci di spesa"
        onAdd={addLine} details={lineDetails} />
      <p role="status" data-testid="copertura" className={`coverage budget-sticky ${gap === 0 ? 'ok' : 'ko'}`}>
        {gap === 0 ? `Contributo e cofinanziamento coprono esattamente il costo totale (${formatCents(total)}).`
          : gap > 0 ? `Restano da coprire ${formatCents(gap)} (costo totale ${formatCents(total)}).`
            : `Contributo e cofinanziamento superano di ${formatCents(-gap)} il costo totale (${formatCents(total)}).`}
      </p>
      <BudgetTotals doc={doc} />
      <div className="fields">
        <div className="field-cell"><FieldAt pointer="/budget/contributoRichiesto" value={doc.budget.contributoRichiesto} /></div>
        <div className="field-cell"><FieldAt pointer="/budget/cofinanziamento" value={doc.budget.cofinanziamento} /></div>
      </div>
      {profile.parametri.contributoMassimo === null && (
        <p className="form-text">Contributo massimo, cofinanziamento minimo e categorie ammesse: da verificare sull'Avviso.</p>
      )}
    </>
  );
}
