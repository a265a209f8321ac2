import { countIssues, countOf } from '../../core';
import { toggleIssues } from '../store/actions';
import { useIssues } from '../store/selectors';
import { IssueList } from './IssueList';

/** Every error and warning of the proposal, beside the step being edited. */
export function IssuesPanel() {
  const issues = useIssues().filter((i) => i.severity !== 'nota');
  const c = countIssues(issues);
  return (
    <aside className="issues-panel" aria-labelledby="pannello-problemi">
      <div className="d-flex justify-content-between align-items-center">
        <h2 id="pannello-problemi" className="h5 m-0">Problemi: {countOf(c.errore, 'errore', 'errori')}, {countOf(c.avviso, 'avviso', 'avvisi')}</h2>
        <button type="button" className="btn btn-xs btn-outline-secondary" onClick={toggleIssues}>Chiudi</button>
      </div>
      {issues.length === 0 ? <p className="mt-2">Nessun errore né avviso.</p> : <IssueList issues={issues} headingLevel={3} />}
    </aside>
  );
}
