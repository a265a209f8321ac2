import { useEffect } from 'react';
import { SECTION_TITLES } from '../../core';
import { Fields } from '../fields/Fields';
import { useDoc } from '../store/selectors';
import { useStore } from '../store/store';
import { fieldDomId } from '../fields/dom-id';
import { Summary } from './Summary';
import { CUSTOM_STEPS } from '../sections';

/** The current step; focus moves to its heading, or to the field a jump asked for. */
export function StepView() {
  const doc = useDoc();
  const step = useStore((s) => s.step);
  const focusPointer = useStore((s) => s.focusPointer);
  useEffect(() => {
    const target = (focusPointer && document.getElementById(fieldDomId(focusPointer))) || document.getElementById('titolo-passo');
    target?.focus({ preventScroll: focusPointer === null });
  }, [step, focusPointer]);
  if (!doc) return null;
  if (step === 'riepilogo') return <Summary />;
  const Custom = CUSTOM_STEPS[step];
  return (
    <>
      <h1 id="titolo-passo" tabIndex={-1} className="h2">{SECTION_TITLES[step]}</h1>
      {Custom ? <Custom doc={doc} /> : <Fields pointer={`/${step}`} value={doc[step]} />}
    </>
  );
}
