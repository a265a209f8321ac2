import { countIssues, SECTION_TITLES } from '../../core';
import { goTo } from '../store/actions';
import { useDoc, useIssues } from '../store/selectors';
import { useStore } from '../store/store';
import { issuesBySection, STATUS_LABEL, stepStatus, visibleSections } from './step-status';

/** Every step with its state, and the readiness of the whole proposal. */
export function Sidebar() {
  const doc = useDoc();
  const issues = useIssues();
  const step = useStore((s) => s.step);
  if (!doc) return null;
  const bySection = issuesBySection(issues);
  const total = countIssues(issues);
  return (
    <nav className="sidebar" aria-label="Sezioni della proposta">
      <p className="readiness" data-testid="prontezza">
        {total.errore === 0 ? 'Pronta per il pacchetto' : `${total.errore} errori da correggere`}
        {total.avviso > 0 ? `, ${total.avviso} avvisi` : ''}
      </p>
      <ol className="list-unstyled m-0">
        {visibleSections(doc).map((id) => {
          const status = stepStatus(doc, id, bySection.get(id) ?? []);
          return (
            <li key={id}>
              <button type="button" className={`step-link ${step === id ? 'active' : ''}`} aria-current={step === id ? 'step' : undefined} onClick={() => goTo(id)}>
                <span className="step-title">{SECTION_TITLES[id]}</span>
                <span className={`step-status status-${status}`}>{STATUS_LABEL[status]}</span>
              </button>
            </li>
          );
        })}
        <li>
          <button type="button" className={`step-link ${step === 'riepilogo' ? 'active' : ''}`} aria-current={step === 'riepilogo' ? 'step' : undefined} onClick={() => goTo('riepilogo')}>
            <span className="step-title">Riepilogo e controllo</span>
          </button>
        </li>
      </ol>
    </nav>
  );
}
