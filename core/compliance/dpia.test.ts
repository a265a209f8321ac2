import { describe, expect, it } from 'vitest';
import { dpiaNeedOf, inventoryFlags, proposalDpiaNeed, withInventory } from './dpia';
import { emptyQuestionnaire, type AiAnswers } from './questions';

const answers = (over: Partial<AiAnswers>): AiAnswers => ({ ...emptyQuestionnaire(), ...over });
const noRisk: Partial<AiAnswers> = {
  profilazione: 'no', decisioniEffettiGiuridici: 'no', identificazioneBiometrica: 'no', categorizzazioneBiometrica: 'no', riconoscimentoEmozioni: 'no', revisioneUmana: 'si',
};

describe('the inventory feeds the data questions', () => {
  const rows = [
    { datiPersonali: false, categorieParticolari: false },
    { datiPersonali: true, categorieParticolari: true },
  ];

  it('sums the flags of every database', () => {
    expect(inventoryFlags(rows)).toEqual({ personalData: true, specialCategories: true });
    expect(inventoryFlags([rows[0]!])).toEqual({ personalData: false, specialCategories: false });
    expect(inventoryFlags([])).toEqual({ personalData: false, specialCategories: false });
  });

  it('fills only blank answers, and never turns a «no» into «sì»', () => {
    const flags = inventoryFlags(rows);
    expect(withInventory(answers({}), flags)).toMatchObject({ datiPersonali: 'si', categorieParticolari: 'si' });
    expect(withInventory(answers({ datiPersonali: 'si', categorieParticolari: 'no' }), flags)).toMatchObject({ datiPersonali: 'si', categorieParticolari: 'no' });
    expect(withInventory(answers({}), inventoryFlags([rows[0]!]))).toMatchObject({ datiPersonali: '', categorieParticolari: '' });
  });

  it('so that special categories at large scale from the inventory make the DPIA due', () => {
    const a = withInventory(answers({ ...noRisk, scalaDati: 'larga', soggettiVulnerabili: 'no' }), inventoryFlags(rows));
    expect(dpiaNeedOf(a).motivi).toEqual(expect.arrayContaining(['GDPR-35-3-B']));
  });
});

describe('DPIA need', () => {
  it('is not due when the system processes no personal data and nothing else applies', () => {
    expect(dpiaNeedOf(answers({ ...noRisk, datiPersonali: 'no' }))).toEqual({ necessaria: false, motivi: [], mancanti: [] });
  });

  it('waits for the answers that could make it due', () => {
    const open = dpiaNeedOf(answers({ ...noRisk, datiPersonali: 'si' }));
    expect(open.necessaria).toBe('unknown');
    expect(open.mancanti).toEqual(expect.arrayContaining(['categorieParticolari', 'scalaDati', 'soggettiVulnerabili']));
  });

  it('is due for automated decisions with legal effects, with the Garante list as reason', () => {
    expect(dpiaNeedOf(answers({ ...noRisk, decisioniEffettiGiuridici: 'si', revisioneUmana: 'no', datiPersonali: 'si', categorieParticolari: 'no', scalaDati: 'limitata', soggettiVulnerabili: 'no' })).motivi)
      .toEqual(['GARANTE-467-2', 'GARANTE-467-7']);
  });

  it('for the proposal: due if one system needs it, to assess if one is open, otherwise not', () => {
    const none = answers({ ...noRisk, datiPersonali: 'no' });
    const due = answers({ ...noRisk, datiPersonali: 'si', categorieParticolari: 'si', scalaDati: 'larga', soggettiVulnerabili: 'no' });
    const open = answers({ ...noRisk, datiPersonali: 'si' });
    expect(proposalDpiaNeed([none, due, open]).necessaria).toBe(true);
    expect(proposalDpiaNeed([none, open]).necessaria).toBe('unknown');
    expect(proposalDpiaNeed([none]).necessaria).toBe(false);
  });
});
