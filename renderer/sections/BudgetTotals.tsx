import { memo } from 'react';
import { budgetTotals, componentName, defaultCallProfile, formatEuro, optionLabel, type ComponentLetter, type Proposal } from '../../core';

/** What the totals show: while the officer types a description, it does not change and nothing re-renders. */
export function totalsSignature(doc: Proposal): string {
  const t = budgetTotals(doc);
  const names = [doc.ente.capofila.denominazione, ...doc.ente.partner.map((p) => `${p.id}=${p.denominazione}`)].join('|');
  return [t.totalCents, t.netCents, t.vatCents, ...t.byComponent, ...t.byCategory, ...t.byBody, names].join(';');
}

/** Totals of the budget by component, category and body, always derived from the lines. */
export const BudgetTotals = memo(function BudgetTotals({ doc }: { doc: Proposal; signature: string }) {
  const t = budgetTotals(doc);
  const profile = defaultCallProfile();
  const bodyName = (id: string) => (id === 'capofila' ? doc.ente.capofila.denominazione || 'Ente proponente' : doc.ente.partner.find((p) => p.id === id)?.denominazione || id);
  const groups: Array<[string, Array<[string, number]>]> = [
    ['Per componente', [...t.byComponent].map(([k, v]) => [componentName(k as ComponentLetter, profile), v])],
    ['Per categoria di costo', [...t.byCategory].map(([k, v]) => [optionLabel('/budget/voci/*/categoria', k), v])],
    ['Per ente', [...t.byBody].map(([k, v]) => [bodyName(k), v])],
  ];
  return (
    <section aria-labelledby="totali" className="totals my-3">
      <h2 id="totali" className="h5">Totali</h2>
      <p data-testid="totale-progetto">Costo totale del progetto: <strong>{formatEuro(t.totalCents / 100)}</strong> (netto {formatEuro(t.netCents / 100)}, IVA {formatEuro(t.vatCents / 100)})</p>
      <div className="row">
        {groups.map(([title, rows]) => (
          <div key={title} className="col-md-4">
            <table className="table table-sm">
              <caption>{title}</caption>
              <tbody>
                {rows.map(([k, v]) => <tr key={k}><th scope="row" className="fw-normal">{k}</th><td className="num text-end">{formatEuro(v / 100)}</td></tr>)}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
}, (a, b) => a.signature === b.signature);
