import { describe, expect, it } from 'vitest';
import { edit, PROFILE, starter } from '../../test/helpers/docs';
import { howMet, measurePointer, orphanTexts } from './measures';
import { MEASURE_OUTLINES, OBLIGATION_OUTLINE, outlineText, saysSomething } from './outlines';
import { assessProposal } from './proposal';

const doc = starter('provincia');
const [d, e] = assessProposal(doc, PROFILE).sistemi;

describe('where each obligation is met', () => {
  it('a measure is written once per system: oversight in the component, the others in Conformità', () => {
    expect(measurePointer(d!.system, 'sorveglianza-umana')).toBe('/ricerca/ia/supervisioneUmana');
    expect(measurePointer(e!.system, 'avviso')).toBe('/conformita/sistemiIa/orchestrazione/misure/avviso');
    const notices = d!.assessment.obblighi.filter((o) => o.misura === 'avviso').map((o) => howMet(d!.system, o).pointer);
    expect(notices.length).toBeGreaterThan(1);
    expect(new Set(notices)).toEqual(new Set(['/conformita/sistemiIa/ricerca/misure/avviso']));
  });

  it('any other obligation has a row of its own, once written', () => {
    const ai4 = d!.assessment.obblighi.find((o) => o.ruleId === 'AIA-4')!;
    const met = howMet(d!.system, ai4);
    expect(met).toMatchObject({ kind: 'testo', pointer: expect.stringMatching(/^\/conformita\/sistemiIa\/ricerca\/obblighi\/\d+\/come$/) });
    expect(met.text.length).toBeGreaterThan(20);
    const blank = assessProposal(edit(doc, (x) => { x.conformita.sistemiIa.ricerca.obblighi = []; }), PROFILE).sistemi[0]!;
    expect(howMet(blank.system, ai4)).toEqual({ kind: 'testo', pointer: null, text: '' });
  });

  it('texts of obligations the answers no longer derive are kept and listed', () => {
    expect(orphanTexts(d!.system, d!.assessment.obblighi)).toEqual([]);
    const fewer = d!.assessment.obblighi.filter((o) => o.ruleId !== 'AIA-50-2');
    expect(orphanTexts(d!.system, fewer).map((o) => o.regola)).toEqual(['AIA-50-2']);
  });
});

describe('outlines', () => {
  it('follow art. 27(1)(a)-(f) for the FRIA', () => {
    expect(MEASURE_OUTLINES['valutazione-diritti'].filter((l) => /^[a-f]\) /.test(l))).toHaveLength(6);
  });

  it('are not a description until a point is answered', () => {
    for (const lines of [...Object.values(MEASURE_OUTLINES), OBLIGATION_OUTLINE]) {
      expect(saysSomething(outlineText(lines))).toBe(false);
      expect(saysSomething(outlineText(lines).replace(`${lines[1]} `, `${lines[1]} sì, ogni giorno`))).toBe(true);
    }
    expect(saysSomething(' \n\t')).toBe(false);
    expect(saysSomething('Testo libero')).toBe(true);
  });
});
