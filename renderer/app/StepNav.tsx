import { SECTION_TITLES, type Proposal } from '../../core';
import { goTo } from '../store/actions';
import { usePartnerMode } from '../store/selectors';
import type { Step } from '../store/store';
import { visibleSections } from './step-status';

/** The steps in order: the sections this proposal shows, then the summary (a module has none: its context is on every step). */
export function stepsOf(doc: Proposal, partnerMode: boolean): Step[] {
  return partnerMode ? visibleSections(doc, true) : [...visibleSections(doc), 'riepilogo'];
}

const titleOf = (s: Step): string => (s === 'riepilogo' ? 'Riepilogo e controllo' : SECTION_TITLES[s]);

/** «Passo 3 di 12», above the title of every step. */
export function StepProgress({ doc, step }: { doc: Proposal; step: Step }) {
  const steps = stepsOf(doc, usePartnerMode());
  return <p className="step-progress text-secondary m-0" data-testid="passo">Passo {steps.indexOf(step) + 1} di {steps.length}</p>;
}

/** Indietro and Avanti at the foot of every step, naming where they lead. */
export function StepNav({ doc, step }: { doc: Proposal; step: Step }) {
  const steps = stepsOf(doc, usePartnerMode());
  const i = steps.indexOf(step);
  const prev = steps[i - 1];
  const next = steps[i + 1];
  return (
    <nav className="step-nav d-flex justify-content-between gap-2 mt-4 pt-3" aria-label="Passi della proposta">
      {prev ? <button type="button" className="btn btn-outline-primary" onClick={() => goTo(prev)}>‹ Indietro: {titleOf(prev)}</button> : <span />}
      {next && <button type="button" className="btn btn-primary" onClick={() => goTo(next)}>Avanti: {titleOf(next)} ›</button>}
    </nav>
  );
}
