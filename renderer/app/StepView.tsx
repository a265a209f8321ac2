import { useEffect } from 'react';
import { SECTION_TITLES } from '../../core';
import { Fields } from '../fields/Fields';
import { fieldDomId } from '../fields/dom-id';
import { CUSTOM_STEPS } from '../sections';
import { PartnerContext } from '../sections/partner/PartnerContext';
import { PARTNER_STEPS } from '../sections/partner/PartnerSteps';
import { checkEverything } from '../store/actions';
import { useDoc } from '../store/selectors';
import { useStore } from '../store/store';
import { StepNav, StepProgress } from './StepNav';
import { Summary } from './Summary';

/** The current step: it opens at its title (or at the field a jump asked for), with Indietro and Avanti. */
export function StepView() {
  const doc = useDoc();
  const step = useStore((s) => s.step);
  const focusPointer = useStore((s) => s.focusPointer);
  const checkAll = useStore((s) => s.checkAll);
  const partner = useStore((s) => s.partner);
  useEffect(() => {
    const field = focusPointer ? document.getElementById(fieldDomId(focusPointer)) : null;
    if (field) {
      field.focus();
      field.scrollIntoView({ block: 'center' });
      return;
    }
    // Scrolled to the top by goTo before the step rendered (store/ui.ts): only the focus moves here.
    document.getElementById('titolo-passo')?.focus({ preventScroll: true });
  }, [step, focusPointer]);
  if (!doc) return null;
  const Custom = step === 'riepilogo' ? null : (partner ? PARTNER_STEPS : CUSTOM_STEPS)[step];
  return (
    <>
      {partner && <PartnerContext module={partner} />}
      <div className="d-flex align-items-start justify-content-between gap-3">
        <div>
          <StepProgress doc={doc} step={step} />
          <h1 id="titolo-passo" tabIndex={-1} className="h2">{step === 'riepilogo' ? 'Riepilogo e controllo' : SECTION_TITLES[step]}</h1>
        </div>
        {!checkAll && (
          <button type="button" className="btn btn-outline-primary btn-sm mt-2 text-nowrap" onClick={checkEverything} data-testid="controlla-tutto">
            Controlla tutto
          </button>
        )}
      </div>
      {step === 'riepilogo' ? <Summary /> : Custom ? <Custom doc={doc} /> : <Fields pointer={`/${step}`} value={doc[step]} />}
      <StepNav doc={doc} step={step} />
    </>
  );
}
