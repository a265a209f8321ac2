import { useMemo } from 'react';
import { budgetTotals, defaultCallProfile, formatAmount, formatEuro, impliedRate, lineAmounts, VAT_RATES, type Proposal, type VoceBudget } from '../../core';
import { FieldAt } from '../fields/FieldAt';
import { dispatch } from '../store/actions';
import { NumberInput } from '../widgets/NumberInput';
import { RowsTable, type Column } from '../widgets/RowsTable';
import { BudgetTotals, totalsSignature } from './BudgetTotals';

function setRate(i: number, line: VoceBudget, rate: number) {
  const a = lineAmounts(line.importoNetto, rate);
  dispatch({ type: 'batch', commands: (['importoNetto', 'iva', 'totale'] as const).map((k) => ({ type: 'field/set' as const, pointer: `/budget/voci/${i}/${k}`, value: a[k] })) });
}

/** The net amount keeps the line's VAT rate: VAT and total follow. */
function setNet(i: number, line: VoceBudget, net: number) {
  const a = lineAmounts(net, impliedRate(line));
  dispatch({ type: 'batch', commands: (['importoNetto', 'iva', 'totale'] as const).map((k) => ({ type: 'field/set' as const, pointer: `/budget/voci/${i}/${k}`, value: a[k] })) });
}

function bodyOptions(doc: Proposal): Array<[string, string]> {
  const lead: [string, string] = ['capofila', doc.ente.capofila.denominazione || 'Ente proponente'];
  return doc.ente.tipo === 'aggregazione' ? [lead, ...doc.ente.partner.map((p, i): [string, string] => [p.id, p.denominazione || `Comune aggregato n. ${i + 1}`])] : [lead];
}

function budgetColumns(bodies: Array<[string, string]>): Column[] {
  return [
    { key: 'componente', width: '9rem' },
    { key: 'categoria', width: '10rem' },
    { key: 'descrizione' },
    {
      key: 'ente', title: 'Ente', width: '10rem', render: (row, i) => (
        <select className="form-select form-select-sm" aria-label={`Ente che sostiene la spesa, riga ${i + 1}`} value={String(row.ente)}
          onChange={(e) => dispatch({ type: 'field/set', pointer: `/budget/voci/${i}/ente`, value: e.target.value })}>
          {!bodies.some(([v]) => v === row.ente) && <option value={String(row.ente)}>— scegli —</option>}
          {bodies.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      ),
    },
    {
      key: 'importoNetto', width: '8rem', render: (row, i) => (
        <NumberInput className="form-control form-control-sm" display={formatAmount} value={row.importoNetto as number} aria-label={`Importo netto, riga ${i + 1}`} onChange={(n) => setNet(i, row as unknown as VoceBudget, n ?? 0)} />
      ),
    },
    {
      key: 'aliquota', title: 'IVA %', width: '6rem', render: (row, i) => (
        <select className="form-select form-select-sm" aria-label={`Aliquota IVA, riga ${i + 1}`} value={String(impliedRate(row as unknown as VoceBudget))}
          onChange={(e) => setRate(i, row as unknown as VoceBudget, Number(e.target.value))}>
          {[...new Set([...VAT_RATES, impliedRate(row as unknown as VoceBudget)])].map((r) => <option key={r} value={r}>{String(r).replace('.', ',')}%</option>)}
        </select>
      ),
    },
    { key: 'iva', width: '7.5rem', render: (row) => <span className="num">{formatEuro(row.iva as number)}</span> },
    { key: 'totale', width: '8.5rem', render: (row) => <span className="num fw-semibold">{formatEuro(row.totale as number)}</span> },
  ];
}

/** Piano economico: budget lines, VAT computed, totals by component, category and body. */
export function BudgetStep({ doc }: { doc: Proposal }) {
  const voci = doc.budget.voci;
  const bodies = bodyOptions(doc);
  const bodiesKey = bodies.map((b) => b.join('\u0001')).join('\u0002');
  // Stable columns keep unchanged rows from re-rendering while the officer types.
  const columns = useMemo(() => budgetColumns(bodies), [bodiesKey]);
  const t = budgetTotals(doc);
  const gap = t.totalCents - Math.round(doc.budget.contributoRichiesto * 100) - Math.round(doc.budget.cofinanziamento * 100);
  return (
    <>
      <RowsTable pointer="/budget/voci" rows={voci as unknown as Record<string, unknown>[]} columns={columns} rowLabel="Voce di spesa" caption="Voci di spesa"
        onAdd={() => dispatch({ type: 'batch', commands: [{ type: 'rows/add', pointer: '/budget/voci' }, { type: 'field/set', pointer: `/budget/voci/${voci.length}/ente`, value: 'capofila' }] })} />
      <BudgetTotals doc={doc} signature={totalsSignature(doc)} />
      <FieldAt pointer="/budget/contributoRichiesto" value={doc.budget.contributoRichiesto} />
      <FieldAt pointer="/budget/cofinanziamento" value={doc.budget.cofinanziamento} />
      <p role="status" data-testid="copertura" className={gap === 0 ? 'text-success' : 'text-danger'}>
        {gap === 0 ? 'Contributo e cofinanziamento coprono esattamente il costo totale.' : `Differenza da coprire: ${formatEuro(gap / 100)} (costo totale ${formatEuro(t.totalCents / 100)}).`}
      </p>
      {defaultCallProfile().parametri.contributoMassimo === null && (
        <p className="form-text">Contributo massimo, cofinanziamento minimo e categorie ammesse: da verificare sull'Avviso.</p>
      )}
    </>
  );
}
