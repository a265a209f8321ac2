// The real cases of issue 14, each with the class and the obligations an expert expects.
import { describe, expect, it } from 'vitest';
import { assessAiSystem, type AiAssessment } from './assess';
import { emptyQuestionnaire, type AiQuestionnaire } from './questions';

/** Everything answered «no», so that a case states only what makes it what it is. */
const NOTHING: AiQuestionnaire = {
  ...emptyQuestionnaire(),
  ruolo: 'deployer', interazioneDiretta: 'no', generaContenuti: 'no', contenutiPubblicati: 'no', prestazioniPubbliche: 'no',
  decisioniEffettiGiuridici: 'no', profilazione: 'no', identificazioneBiometrica: 'no', categorizzazioneBiometrica: 'no',
  riconoscimentoEmozioni: 'no', punteggioSociale: 'no', lavoro: 'no', infrastruttureCritiche: 'no', altroUsoAllegatoIII: 'no',
  compitoLimitato: 'no', revisioneUmana: 'no', datiPersonali: 'no',
};
const system = (over: Partial<AiQuestionnaire>): AiQuestionnaire => ({ ...NOTHING, ...over });
const ids = (a: AiAssessment, certezza: 'dovuto' | 'da-completare' = 'dovuto'): string[] =>
  a.obblighi.filter((o) => o.certezza === certezza).map((o) => o.ruleId);

const HIGH_RISK_DEPLOYER = ['AIA-26-1', 'AIA-26-2', 'AIA-26-5', 'AIA-26-6', 'AIA-26-9', 'AIA-26-11', 'AIA-27', 'AIA-49-3', 'AIA-111-2'];
const EVERY_PA_SYSTEM = ['AIA-4', 'L132-14-1', 'L132-14-2', 'L132-14-3', 'AGID-LG-IA-PA'];

describe('a citizen chatbot on municipal services', () => {
  const chatbot = assessAiSystem(system({
    interazioneDiretta: 'si', generaContenuti: 'si', datiPersonali: 'si', categorieParticolari: 'no', scalaDati: 'larga', soggettiVulnerabili: 'no',
  }));

  it('has transparency duties and is not high-risk', () => {
    expect(chatbot.classificazione.classe).toBe('trasparenza');
    expect(chatbot.classificazione.puntiAllegato).toEqual([]);
    expect(chatbot.classificazione.motivi).toEqual(['AIA-50-1', 'AIA-50-2']);
  });

  it('owes the Art. 50 notice, AI literacy and the duties of L. 132/2025, none of the high-risk ones', () => {
    expect(ids(chatbot)).toEqual(expect.arrayContaining(['AIA-50-1', 'AIA-50-2', ...EVERY_PA_SYSTEM]));
    for (const id of [...HIGH_RISK_DEPLOYER, 'AIA-50-3', 'AIA-50-4', 'AIA-6-4']) expect(ids(chatbot)).not.toContain(id);
    expect(chatbot.obblighi.find((o) => o.ruleId === 'AIA-50-1')).toMatchObject({
      riferimento: 'Reg. (UE) 2024/1689, art. 50, par. 1', siApplicaDal: '2026-08-02', stato: 'confermato', misura: 'avviso',
    });
  });

  it('needs a DPIA only because it is AI processing personal data at large scale', () => {
    expect(chatbot.dpia).toEqual({ necessaria: true, motivi: ['GARANTE-467-7'], mancanti: [] });
    expect(ids(chatbot)).toContain('GDPR-35');
    const small = assessAiSystem(system({ interazioneDiretta: 'si', datiPersonali: 'si', categorieParticolari: 'no', scalaDati: 'limitata', soggettiVulnerabili: 'no' }));
    expect(small.dpia.necessaria).toBe(false);
    expect(small.obblighi.map((o) => o.ruleId)).not.toContain('GDPR-35');
  });
});

describe('a system ranking applicants for social housing or welfare benefits', () => {
  const ranking = assessAiSystem(system({
    prestazioniPubbliche: 'si', profilazione: 'si', decisioniEffettiGiuridici: 'si', compitoLimitato: 'no', revisioneUmana: 'si',
    datiPersonali: 'si', categorieParticolari: 'si', scalaDati: 'larga', soggettiVulnerabili: 'si',
  }));

  it('is high-risk under Annex III point 5(a), and profiling excludes the Art. 6(3) derogation', () => {
    expect(ranking.classificazione.classe).toBe('alto-rischio');
    expect(ranking.classificazione.puntiAllegato).toEqual(['III-5(a)']);
    expect(ranking.classificazione.motivi).toEqual(['AIA-ALL3-5-A', 'AIA-6-3-PROFILAZIONE']);
  });

  it('owes the FRIA, the deployer duties and registration, with their source and a date still to verify', () => {
    expect(ids(ranking)).toEqual(expect.arrayContaining([...HIGH_RISK_DEPLOYER, ...EVERY_PA_SYSTEM, 'GDPR-35']));
    const fria = ranking.obblighi.find((o) => o.ruleId === 'AIA-27');
    expect(fria).toMatchObject({ riferimento: 'Reg. (UE) 2024/1689, art. 27, par. 1', siApplicaDal: '2027-12-02', stato: 'da-verificare', misura: 'valutazione-diritti' });
    expect(fria?.notaStato).toMatch(/2026\/1744/);
    expect(ids(ranking)).not.toContain('AIA-9-15');
  });

  it('as provider it also owes the requirements of Arts. 8-15', () => {
    const own = assessAiSystem({ ...ranking.risposte, ruolo: 'fornitore' });
    expect(ids(own)).toContain('AIA-9-15');
  });

  it('needs a DPIA on several grounds', () => {
    expect(ranking.dpia.motivi).toEqual(expect.arrayContaining(['GDPR-35-3-A', 'GDPR-35-3-B', 'GARANTE-467-1', 'GARANTE-467-6']));
    expect(ranking.obblighi.find((o) => o.ruleId === 'GDPR-35')?.motivi).toEqual(ranking.dpia.motivi);
  });
});

describe('document classification routing benefit applications to offices, with human review', () => {
  const routing = { prestazioniPubbliche: 'si', compitoLimitato: 'si', revisioneUmana: 'si', datiPersonali: 'si', categorieParticolari: 'no', scalaDati: 'limitata', soggettiVulnerabili: 'no' } as const;

  it('falls under the Art. 6(3) derogation without profiling: not high-risk, assessment documented', () => {
    const a = assessAiSystem(system({ ...routing, profilazione: 'no' }));
    expect(a.classificazione).toMatchObject({ classe: 'deroga-art-6-3', puntiAllegato: ['III-5(a)'], motivi: ['AIA-ALL3-5-A', 'AIA-6-3'] });
    expect(ids(a)).toContain('AIA-6-4');
    for (const id of HIGH_RISK_DEPLOYER) expect(ids(a)).not.toContain(id);
  });

  it('is high-risk as soon as it profiles the applicants', () => {
    const a = assessAiSystem(system({ ...routing, profilazione: 'si' }));
    expect(a.classificazione.classe).toBe('alto-rischio');
    expect(ids(a)).toEqual(expect.arrayContaining(['AIA-27', 'AIA-26-2', 'AIA-26-6']));
    expect(ids(a)).not.toContain('AIA-6-4');
  });

  it('is high-risk when no person reviews every output before it has effect', () => {
    expect(assessAiSystem(system({ ...routing, revisioneUmana: 'no' })).classificazione.classe).toBe('alto-rischio');
  });

  it('is minimal risk when the documents are not part of any Annex III use', () => {
    const a = assessAiSystem(system({ ...routing, prestazioniPubbliche: 'no' }));
    expect(a.classificazione.classe).toBe('minimo');
    expect(ids(a)).toEqual(expect.arrayContaining(EVERY_PA_SYSTEM));
  });
});

describe('emotion recognition at the counter', () => {
  const counter = { riconoscimentoEmozioni: 'si', datiPersonali: 'si', categorieParticolari: 'si', scalaDati: 'larga', soggettiVulnerabili: 'no' } as const;

  it("of the citizens: not prohibited by Art. 5(1)(f) (workplace and education only) but high-risk, Annex III point 1(c)", () => {
    const a = assessAiSystem(system({ ...counter, emozioniLavoroIstruzione: 'no' }));
    expect(a.classificazione).toMatchObject({ classe: 'alto-rischio', puntiAllegato: ['III-1(c)'], trasparenza: true });
    expect(ids(a)).toEqual(expect.arrayContaining(['AIA-50-3', 'AIA-27', 'AIA-26-11', 'GDPR-35']));
    expect(a.dpia.motivi).toEqual(expect.arrayContaining(['GARANTE-467-11']));
  });

  it('of the staff as well: prohibited, and no other obligation is offered as a way to comply', () => {
    const a = assessAiSystem(system({ ...counter, emozioniLavoroIstruzione: 'si', finalitaMedicheSicurezza: 'no' }));
    expect(a.classificazione).toMatchObject({ classe: 'vietato', motivi: ['AIA-5-1-F'] });
    expect(a.obblighi.map((o) => o.ruleId)).toEqual(['AIA-5-1-F']);
  });

  it('of the staff for safety reasons: the exception of Art. 5(1)(f) leaves it high-risk', () => {
    expect(assessAiSystem(system({ ...counter, emozioniLavoroIstruzione: 'si', finalitaMedicheSicurezza: 'si' })).classificazione.classe).toBe('alto-rischio');
  });

  it('with the staff question open: the class waits for it, since it could be prohibited', () => {
    const a = assessAiSystem(system({ ...counter }));
    expect(a.classificazione).toMatchObject({ classe: 'incompleto', mancanti: ['emozioniLavoroIstruzione'] });
    expect(ids(a, 'da-completare')).toEqual(expect.arrayContaining(['AIA-27', 'AIA-26-2']));
  });
});

describe('other prohibited practices', () => {
  it('social scoring of residents is prohibited', () => {
    expect(assessAiSystem(system({ punteggioSociale: 'si' })).classificazione).toMatchObject({ classe: 'vietato', motivi: ['AIA-5-1-C'] });
  });

  it('inferring religion from faces is prohibited; other biometric categorisation is high-risk', () => {
    expect(assessAiSystem(system({ categorizzazioneBiometrica: 'si', categorieSensibiliDaBiometria: 'si' })).classificazione.classe).toBe('vietato');
    const age = assessAiSystem(system({ categorizzazioneBiometrica: 'si', categorieSensibiliDaBiometria: 'no' }));
    expect(age.classificazione).toMatchObject({ classe: 'alto-rischio', puntiAllegato: ['III-1(b)'] });
    expect(ids(age)).toContain('AIA-50-3');
  });
});

describe('other Annex III uses', () => {
  it('a safety component of road traffic is high-risk without FRIA or EU registration (point 2)', () => {
    const a = assessAiSystem(system({ infrastruttureCritiche: 'si' }));
    expect(a.classificazione.puntiAllegato).toEqual(['III-2']);
    expect(ids(a)).toEqual(expect.arrayContaining(['AIA-26-2', 'AIA-26-6']));
    for (const id of ['AIA-27', 'AIA-49-3', 'AIA-26-11']) expect(ids(a)).not.toContain(id);
  });

  it('staff selection is high-risk and workers are informed under the AI Act and L. 132/2025', () => {
    const a = assessAiSystem(system({ lavoro: 'si' }));
    expect(a.classificazione.puntiAllegato).toEqual(['III-4']);
    expect(ids(a)).toEqual(expect.arrayContaining(['AIA-26-7', 'L132-11']));
  });

  it('biometric verification alone is not remote identification', () => {
    expect(assessAiSystem(system({ identificazioneBiometrica: 'si', soloVerificaIdentita: 'si' })).classificazione.classe).toBe('minimo');
    expect(assessAiSystem(system({ identificazioneBiometrica: 'si', soloVerificaIdentita: 'no' })).classificazione.puntiAllegato).toEqual(['III-1(a)']);
  });
});
