import { countIssues, defaultCallProfile, proposalSummary, countOf } from '../../core';
import { goTo, goToPointer, openPrint } from '../store/actions';
import { useDirty, useDoc, useIssues } from '../store/selectors';
import { useStore } from '../store/store';
import { ExportPanel } from './ExportPanel';
import { IssueList } from './IssueList';

/** Riepilogo: the proposal at a glance, a readiness checklist whose items lead to the fields, exports. */
export function Summary() {
  const doc = useDoc();
  const issues = useIssues();
  const dirty = useDirty();
  const saved = useStore((s) => s.handle !== null);
  if (!doc) return null;
  const total = countIssues(issues);
  const s = proposalSummary(doc, issues, defaultCallProfile(), new Date());
  const facts: Array<[string, string]> = [
    ['Ente', `${s.applicant} (${s.kind})`], ['Popolazione dichiarata', s.population], ['Enti beneficiari (RCO14)', String(s.rco14)],
    ['Progetto', s.title], ['Componenti', s.components.join('; ')], ['Durata', s.duration],
    ['Costo totale', s.totalCost], ['Contributo richiesto', s.contribution], ['Cofinanziamento', s.cofinancing],
    ['Copertura', `Contributo e cofinanziamento ${s.coverage}${s.split ? ` (${s.split})` : ''}.`],
    ['Scadenza', s.window.stato === 'sconosciuta' ? 'da verificare sull\'Avviso' : `${s.window.stato === 'chiusa' ? 'chiusa il' : 'entro il'} ${s.window.chiude}${s.window.sportello ? ', a sportello' : ''}`],
  ];
  return (
    <>
      <section aria-labelledby="sintesi" className="summary-facts field-group">
        <h2 id="sintesi" className="h4">La proposta in sintesi</h2>
        <p className={`fw-semibold ${s.eligible ? 'text-success' : 'text-danger'}`} data-testid="esito-ammissibilita">
          {s.eligible ? 'Con i dati indicati l\'ente può partecipare all\'Avviso.' : 'Con i dati indicati l\'ente non può partecipare: vedi i controlli qui sotto.'}
        </p>
        <dl className="facts">
          {facts.map(([k, v]) => (<div key={k}><dt>{k}</dt><dd data-testid={`sintesi-${k.toLowerCase().replace(/\W+/g, '-')}`}>{v}</dd></div>))}
        </dl>
      </section>
      <section aria-labelledby="prontezza-titolo" className="field-group">
        <h2 id="prontezza-titolo" className="h4">Pronta per la presentazione?</h2>
        <p data-testid="conteggi">{countOf(total.errore, 'errore', 'errori')}, {countOf(total.avviso, 'avviso', 'avvisi')}, {countOf(total.nota, 'nota', 'note')} da verificare sull'Avviso.</p>
        <ul className="checklist list-unstyled" data-testid="checklist">
          {s.readiness.map((r) => (
            <li key={r.section} className={r.errors ? 'ko' : 'ok'}>
              <span aria-hidden="true">{r.errors ? '✗' : '✓'}</span>{' '}
              <button type="button" className="btn btn-link p-0 align-baseline" onClick={() => (r.first ? goToPointer(r.first.pointer) : goTo(r.section))}>{r.title}</button>
              {': '}{r.errors ? `${countOf(r.errors, 'errore', 'errori')}${r.first ? ` — ${r.first.message}` : ''}` : r.warnings ? `completa, ${countOf(r.warnings, 'avviso', 'avvisi')}` : 'completa'}
            </li>
          ))}
          <li className={saved && !dirty ? 'ok' : 'ko'}>
            <span aria-hidden="true">{saved && !dirty ? '✓' : '✗'}</span> Proposta salvata{saved && !dirty ? '' : ': salva prima di creare il pacchetto'}
          </li>
        </ul>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={openPrint}>Stampa la proposta</button>
      </section>
      <ExportPanel errors={total.errore} />
      <IssueList issues={issues} />
    </>
  );
}
