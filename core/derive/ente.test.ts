import { describe, expect, it } from 'vitest';
import { edit, issues, PROFILE, starter } from '../../test/helpers/docs';
import { eligibility } from '../eligibility';
import { aggregationPopulation, applicantPhrase, bodyName, bodyOptions, populationVerdict, shortBodyLabel } from './ente';

const base = starter('aggregazione');
const NOW = new Date('2026-11-26T10:00:00Z');

/** The same Comuni, with populations chosen so that the distinct Comuni of Puglia sum to `target`. */
function aggregation(change: (d: typeof base) => void) {
  return edit(base, change);
}

const ruleSaysBelow = (d: typeof base) => issues(d).some((i) => i.code === 'POP_AGGREGAZIONE_SOTTO_SOGLIA');

describe('population of an aggregation: one sum for the rule, the editor, eligibility and the dossier', () => {
  const cases: Array<[string, (d: typeof base) => void, number]> = [
    ['exactly 30.000 over distinct Comuni', (d) => {
      d.ente.capofila.popolazione.valore = 20_000;
      d.ente.partner.forEach((p, i) => { p.popolazione.valore = i === 0 ? 10_000 : 0; });
    }, 30_000],
    ['the same Comune twice counts once', (d) => {
      d.ente.capofila.popolazione.valore = 20_000;
      d.ente.partner.forEach((p, i) => { p.popolazione.valore = i === 0 ? 9_999 : 0; });
      d.ente.partner[1]!.codiceIstat = d.ente.partner[0]!.codiceIstat;
      d.ente.partner[1]!.popolazione.valore = 9_999;
    }, 29_999],
    ['a Comune outside Puglia does not count', (d) => {
      d.ente.capofila.popolazione.valore = 20_000;
      d.ente.partner.forEach((p, i) => { p.popolazione.valore = i === 0 ? 9_000 : 0; });
      d.ente.partner[1]!.codiceIstat = '058091';
      d.ente.partner[1]!.popolazione.valore = 5_000_000;
    }, 29_000],
    ['a Comune without ISTAT code does not count', (d) => {
      d.ente.capofila.popolazione.valore = 29_000;
      d.ente.partner.forEach((p, i) => { p.popolazione.valore = i === 0 ? 1_000 : 0; });
      d.ente.partner[0]!.codiceIstat = '';
    }, 29_000],
    ['a hostile 1e308 is not a population', (d) => {
      d.ente.capofila.popolazione.valore = 1e308;
      d.ente.partner.forEach((p) => { p.popolazione.valore = 0; });
    }, 0],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    const d = aggregation(change);
    const v = populationVerdict(d, PROFILE);
    expect(v.kind === 'aggregazione' ? v.popolazione : null).toBe(expected);
    expect(aggregationPopulation(d).sum).toBe(expected);
    const reached = expected >= (PROFILE.ammissibilita.popolazioneMinima ?? 0);
    expect(v.kind === 'aggregazione' && v.raggiunta).toBe(reached);
    expect(ruleSaysBelow(d)).toBe(!reached);
    const report = eligibility(d, { profile: PROFILE, now: NOW });
    expect(report.popolazione).toBe(expected);
    if (!reached) expect(report.eligible).toBe(false);
  });

  it('says why a body does not count', () => {
    const d = aggregation((x) => { x.ente.partner[1]!.codiceIstat = x.ente.partner[0]!.codiceIstat; x.ente.partner[2]!.codiceIstat = '058091'; });
    expect(aggregationPopulation(d).excluded.map((e) => e.reason)).toEqual(['duplicato', 'fuori-puglia']);
  });
});

describe('names of the bodies', () => {
  it('are the same wherever they are read', () => {
    const d = edit(base, (x) => { x.ente.partner[0]!.denominazione = ''; });
    const [, first] = bodyOptions(d);
    expect(first).toEqual([d.ente.partner[0]!.id, 'Comune aggregato n. 1']);
    expect(bodyName(d, d.ente.partner[0]!.id)).toBe('Comune aggregato n. 1');
    expect(bodyName(d, 'capofila')).toBe(d.ente.capofila.denominazione);
    expect(applicantPhrase(d)).toContain(`${d.ente.capofila.denominazione} (capofila) con Comune aggregato n. 1`);
  });

  it('lose «Comune di» in a budget line\'s narrow cell, and nothing else', () => {
    const d = edit(base, (x) => {
      x.ente.capofila.denominazione = 'Comune di Galatina';
      x.ente.partner[0]!.denominazione = 'COMUNE DI  Galatone';
      x.ente.partner[1]!.denominazione = 'Unione dei Comuni della Grecìa Salentina';
    });
    expect(bodyOptions(d).slice(0, 3).map(([, label]) => label)).toEqual(['Galatina', 'Galatone', 'Unione dei Comuni della Grecìa Salentina']);
    expect(bodyName(d, 'capofila')).toBe('Comune di Galatina');
    expect(shortBodyLabel('Comune di ')).toBe('Comune di ');
  });
});
