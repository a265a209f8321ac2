import { countBodies, countOf, defaultCallProfile, type Proposal } from '../../core';
import { FieldAt } from '../fields/FieldAt';

/** Indicatori: RCO14 is derived from the bodies involved; result indicators are the officer's. */
export function IndicatoriStep({ doc }: { doc: Proposal }) {
  const rco14 = defaultCallProfile().indicatori.output.find((i) => i.codice === 'RCO14');
  return (
    <>
      <section aria-labelledby="rco14" className="field-group">
        <h2 id="rco14" className="h5">Indicatore di output RCO14</h2>
        <p>{rco14?.nome}</p>
        <p data-testid="rco14">Valore: <strong>{countOf(countBodies(doc), 'ente beneficiario', 'enti beneficiari')}</strong> (calcolato dagli enti della proposta: un'aggregazione di 5 Comuni conta 5).</p>
      </section>
      <FieldAt pointer="/indicatori/risultato" value={doc.indicatori.risultato} />
    </>
  );
}
