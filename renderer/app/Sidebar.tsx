import { countIssues, SECTION_TITLES, countOf } from '../../core';
import { goTo } from '../store/actions';
import { useDoc, useIssues, usePartnerMode } from '../store/selectors';
import { useStore } from '../store/store';
import { issuesBySection, STATUS_LABEL, stepStatus, visibleSections } from './step-status';

/** Every step with its state, and the readiness of the whole proposal. */
export function Sidebar() {
  const doc = useDoc();
  const issues = useIssues();
  const step = useStore((s) => s.step);
  const partnerMode = usePartnerMode();
  if (!doc) return null;
  const sections = visibleSections(doc, partnerMode);
  const ready = partnerMode ? 'Nessun errore nelle parti del Comune' : 'Pronta per il pacchetto';
  const bySection = issuesBySection(issues);
  const total = countIssues(issues);
  return (
    <nav className="sidebar" aria-label={partnerMode ? 'Parti del Comune' : 'Sezioni della proposta'}>
      <p className="readiness" data-testid="prontezza">
        {total.errore === 0 ? ready : `${countOf(total.errore, 'errore', 'errori')} da correggere`}
        {total.avviso > 0 ? `, ${countOf(total.avviso, 'avviso', 'avvisi')}` : ''}
      </p>
      {(() => {
        const ids = sections;
        const done = ids.filter((id) => { const st = stepStatus(doc, id, bySection.get(id) ?? []); return st === 'completa' || st === 'avvisi'; }).length;
        return (
          <div className="progress-steps px-2 mb-2">
            <p className="m-0 small" id="avanzamento">Passi completi: {done} di {ids.length}</p>
            <div className="progress" role="progressbar" aria-labelledby="avanzamento" aria-valuemin={0} aria-valuemax={ids.length} aria-valuenow={done}>
              <div className="progress-bar" ref={(el) => { if (el) el.style.width = `${(done / Math.max(1, ids.length)) * 100}%`; }} />
            </div>
          </div>
        );
      })()}
      <ol className="list-unstyled m-0">
        {sections.map((id) => {
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
        {!partnerMode && <li>
          <button type="button" className={`step-link ${step === 'riepilogo' ? 'active' : ''}`} aria-current={step === 'riepilogo' ? 'step' : undefined} onClick={() => goTo('riepilogo')}>
            <span className="step-title">Riepilogo e controllo</span>
          </button>
        </li>}
      </ol>
    </nav>
  );
}
