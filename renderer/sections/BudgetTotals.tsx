import { memo } from 'react';
import { budgetBreakdown, budgetTotals, defaultCallProfile, formatCents, formatPercent, type Proposal, type Share } from '../../core';

/** Totals of the budget by component, category and body, with shares: all derived in core. */
export const BudgetTotals = memo(function BudgetTotals({ doc }: { doc: Proposal }) {
  return <TotalsView {...totalsOf(doc)} />;
}, (a, b) => a.doc.budget.voci === b.doc.budget.voci && a.doc.ente === b.doc.ente);

function totalsOf(doc: Proposal) {
  const t = budgetTotals(doc);
  const parts = budgetBreakdown(doc, defaultCallProfile());
  return { total: t.totalCents, net: t.netCents, vat: t.vatCents, parts };
}

type ViewProps = ReturnType<typeof totalsOf>;

/** Redraws only when a figure or a name changes, not at every key typed in a description. */
const TotalsView = memo(function TotalsView({ total, net, vat, parts }: ViewProps) {
  const groups: Array<[string, readonly Share[]]> = [['Per componente', parts.byComponent], ['Per categoria di costo', parts.byCategory], ['Per ente', parts.byBody]];
  return (
    <section aria-labelledby="totali" className="totals my-3">
      <h2 id="totali" className="h5">Totali</h2>
      <p data-testid="totale-progetto">Costo totale del progetto: <strong>{formatCents(total)}</strong> (netto {formatCents(net)}, IVA {formatCents(vat)})</p>
      <div className="row">
        {groups.map(([title, rows]) => (
          <div key={title} className="col-md-4">
            <table className="table table-sm">
              <caption>{title}</caption>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row" className="fw-normal">{r.label}</th>
                    <td className="num text-end">{formatCents(r.cents)}</td>
                    <td className="num text-end text-secondary">{r.tenths === null ? '' : formatPercent(r.tenths)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
}, (a, b) => a.total === b.total && a.net === b.net && a.vat === b.vat && JSON.stringify(a.parts) === JSON.stringify(b.parts));
