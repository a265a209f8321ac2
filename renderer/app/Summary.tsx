import { countIssues } from '../../core';
import { useIssues } from '../store/selectors';
import { ExportPanel } from './ExportPanel';
import { IssueList } from './IssueList';

/** The check before export: every issue grouped by section, with counts, each a link to its field. */
export function Summary() {
  const issues = useIssues();
  const total = countIssues(issues);
  return (
    <>
      <h1 id="titolo-passo" tabIndex={-1} className="h2">Riepilogo e controllo</h1>
      <p data-testid="conteggi">{total.errore} errori, {total.avviso} avvisi, {total.nota} note da verificare.</p>
      {total.errore === 0 && <p className="text-success fw-semibold">Nessun errore: la proposta può essere esportata e firmata.</p>}
      <ExportPanel errors={total.errore} />
      <IssueList issues={issues} />
    </>
  );
}
