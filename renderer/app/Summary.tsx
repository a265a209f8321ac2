import { countIssues, fieldPath, isSectionId, sectionById } from '../../core';
import { goTo } from '../store/actions';
import { useIssues } from '../store/selectors';
import { issuesBySection } from './step-status';

const SEVERITY = { errore: 'Errore', avviso: 'Avviso', nota: "Da verificare sull'Avviso" } as const;

/** The check before export: every issue grouped by section, with counts, each a link to its field. */
export function Summary() {
  const issues = useIssues();
  const total = countIssues(issues);
  const groups = [...issuesBySection(issues)];
  return (
    <>
      <h1 id="titolo-passo" tabIndex={-1} className="h2">Riepilogo e controllo</h1>
      <p data-testid="conteggi">{total.errore} errori, {total.avviso} avvisi, {total.nota} note da verificare sull'Avviso.</p>
      {groups.map(([id, list]) => (
        <section key={id} aria-labelledby={`riepilogo-${id}`}>
          <h2 id={`riepilogo-${id}`} className="h4">{isSectionId(id) ? sectionById(id).title : 'Proposta'}</h2>
          <ul>
            {list.map((i, n) => (
              <li key={`${i.code}-${i.pointer}-${n}`} className={`issue issue-${i.severity}`}>
                <span className="fw-semibold">{SEVERITY[i.severity]}:</span>{' '}
                {isSectionId(id) ? (
                  <button type="button" className="btn btn-link p-0 align-baseline text-start" onClick={() => goTo(id, i.pointer)}>
                    {fieldPath(i.pointer)}
                  </button>
                ) : null}{' '}
                {i.message}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
