import { describe, expect, it } from 'vitest';
import { assessAiSystem } from './assess';
import { classifyAiSystem } from './classify';
import { proposalDpiaNeed } from './dpia';
import { classificationFindings, COMPLIANCE_CODES, declaredRiskFindings, dpiaFindings, inventoryFindings, isComplianceCode, isComplianceIssue, measureFindings, type DescribedMeasures } from './issues';
import { emptyQuestionnaire, type AiAnswers } from './questions';

const base: AiAnswers = {
  ...emptyQuestionnaire(),
  ruolo: 'deployer', interazioneDiretta: 'no', generaContenuti: 'no', contenutiPubblicati: 'no', prestazioniPubbliche: 'no',
  decisioniEffettiGiuridici: 'no', profilazione: 'no', identificazioneBiometrica: 'no', categorizzazioneBiometrica: 'no',
  riconoscimentoEmozioni: 'no', punteggioSociale: 'no', lavoro: 'no', infrastruttureCritiche: 'no', altroUsoAllegatoIII: 'no',
  compitoLimitato: 'no', revisioneUmana: 'si', datiPersonali: 'si', categorieParticolari: 'no', scalaDati: 'larga', soggettiVulnerabili: 'no',
};
const ranking = assessAiSystem({ ...base, prestazioniPubbliche: 'si', profilazione: 'si', decisioniEffettiGiuridici: 'si' });
const chatbot = assessAiSystem({ ...base, interazioneDiretta: 'si', generaContenuti: 'si' });
const ALL: DescribedMeasures = { 'valutazione-diritti': 'FRIA a cura del dirigente dei servizi sociali prima del primo uso', 'sorveglianza-umana': 'Ogni graduatoria è verificata', 'conservazione-log': 'Log per 12 mesi', avviso: 'Informativa nel bando' };
const codes = (xs: ReadonlyArray<{ code: string }>): string[] => xs.map((x) => x.code).sort();

describe('findings on the class', () => {
  it('a prohibited practice is an error naming the article', () => {
    const f = classificationFindings(classifyAiSystem({ ...base, punteggioSociale: 'si' }), 'Punteggio dei residenti');
    expect(f).toMatchObject([{ code: 'IA_PRATICA_VIETATA', severity: 'errore', field: 'questionario/punteggioSociale' }]);
    expect(f[0]?.message).toMatch(/art\. 5, par\. 1, lett\. c\)/);
  });

  it('points at the answer that makes a practice prohibited', () => {
    const staff = classifyAiSystem({ ...base, riconoscimentoEmozioni: 'si', emozioniLavoroIstruzione: 'si', finalitaMedicheSicurezza: 'no' });
    expect(classificationFindings(staff, 'Sportello')).toMatchObject([{ code: 'IA_PRATICA_VIETATA', field: 'questionario/emozioniLavoroIstruzione' }]);
    const faces = classifyAiSystem({ ...base, categorizzazioneBiometrica: 'si', categorieSensibiliDaBiometria: 'si' });
    expect(classificationFindings(faces, 'Volti')).toMatchObject([{ field: 'questionario/categorieSensibiliDaBiometria' }]);
  });

  it('an open question that decides the class is a warning pointing at it', () => {
    const f = classificationFindings(classifyAiSystem({ ...base, riconoscimentoEmozioni: 'si' }), 'Sportello');
    expect(f).toMatchObject([{ code: 'IA_QUESTIONARIO_INCOMPLETO', severity: 'avviso', field: 'questionario/emozioniLavoroIstruzione' }]);
    expect(classificationFindings(chatbot.classificazione, 'Assistente')).toEqual([]);
  });
});

describe('findings on the described measures', () => {
  it('a high-risk system without FRIA plan, human oversight and log retention: three errors', () => {
    const f = measureFindings(ranking.obblighi, ranking.classificazione, { avviso: 'Informativa nel bando' }, 'Graduatoria');
    expect(f.filter((x) => x.severity === 'errore').map((x) => [x.code, x.field])).toEqual([
      ['IA_ALTO_RISCHIO_SENZA_SORVEGLIANZA', 'misure/sorveglianza-umana'],
      ['IA_ALTO_RISCHIO_SENZA_LOG', 'misure/conservazione-log'],
      ['IA_ALTO_RISCHIO_SENZA_FRIA', 'misure/valutazione-diritti'],
    ]);
    expect(measureFindings(ranking.obblighi, ranking.classificazione, ALL, 'Graduatoria')).toEqual([]);
  });

  it('a blank or whitespace text is not a description', () => {
    expect(codes(measureFindings(ranking.obblighi, ranking.classificazione, { ...ALL, 'conservazione-log': '  \n' }, 'Graduatoria'))).toEqual(['IA_ALTO_RISCHIO_SENZA_LOG']);
  });

  it('transparency duties without a described notice: one warning, whatever the number of duties', () => {
    const f = measureFindings(chatbot.obblighi, chatbot.classificazione, { 'sorveglianza-umana': 'Revisione settimanale' }, 'Assistente');
    expect(f).toMatchObject([{ code: 'IA_TRASPARENZA_SENZA_AVVISO', severity: 'avviso', field: 'misure/avviso' }]);
    expect(f[0]?.message).toMatch(/art\. 50, par\. 1/);
  });

  it('missing oversight of a system that is not high-risk is only a warning', () => {
    expect(measureFindings(chatbot.obblighi, chatbot.classificazione, { avviso: 'Avviso in chat' }, 'Assistente'))
      .toMatchObject([{ code: 'IA_SENZA_SORVEGLIANZA_UMANA', severity: 'avviso' }]);
  });

  it('obligations still to confirm ask for nothing yet', () => {
    const open = assessAiSystem({ ...base, riconoscimentoEmozioni: 'si' });
    expect(measureFindings(open.obblighi.filter((o) => o.certezza === 'da-completare'), open.classificazione, {}, 'Sportello')).toEqual([]);
  });
});

describe('declared risk class against the derived one', () => {
  it('warns when they disagree and stays silent when they agree or nothing is declared', () => {
    expect(declaredRiskFindings(ranking.classificazione, 'minimo', 'Graduatoria')).toMatchObject([{ code: 'IA_CLASSE_DICHIARATA_DIVERSA', severity: 'avviso', field: 'rischioAiAct' }]);
    expect(declaredRiskFindings(ranking.classificazione, 'alto', 'Graduatoria')).toEqual([]);
    expect(declaredRiskFindings(chatbot.classificazione, 'limitato', 'Assistente')).toEqual([]);
    expect(declaredRiskFindings(chatbot.classificazione, '', 'Assistente')).toEqual([]);
  });
});

describe('derived DPIA need against the declared value', () => {
  const due = proposalDpiaNeed([ranking.risposte]);
  const notDue = proposalDpiaNeed([{ ...base, datiPersonali: 'no' }]);
  const open = proposalDpiaNeed([{ ...base, scalaDati: '' }]);

  it('warns when a DPIA is due and declared unnecessary or still to assess', () => {
    expect(dpiaFindings(due, 'non-necessaria')).toMatchObject([{ code: 'DPIA_DERIVATA_NECESSARIA', severity: 'avviso', field: 'dpia' }]);
    expect(dpiaFindings(due, 'da-valutare')).toMatchObject([{ code: 'DPIA_DERIVATA_NECESSARIA' }]);
    expect(dpiaFindings(due, 'prevista')).toEqual([]);
    expect(dpiaFindings(due, '')).toEqual([]);
  });

  it('only notes the prudent case, and warns when it is excluded while answers that decide it are missing', () => {
    expect(dpiaFindings(notDue, 'prevista')).toMatchObject([{ code: 'DPIA_DERIVATA_NON_NECESSARIA', severity: 'nota' }]);
    expect(dpiaFindings(notDue, 'non-necessaria')).toEqual([]);
    expect(open.necessaria).toBe('unknown');
    expect(dpiaFindings(open, 'non-necessaria')).toMatchObject([{ code: 'DPIA_DA_COMPLETARE', severity: 'avviso' }]);
    expect(dpiaFindings(open, 'prevista')).toEqual([]);
  });
});

describe('answers against the inventory', () => {
  it('notes a «no» to personal or special-category data the inventory holds', () => {
    const flags = { personalData: true, specialCategories: true };
    expect(inventoryFindings({ ...base, datiPersonali: 'no', categorieParticolari: 'no' }, flags, 'X').map((f) => f.field))
      .toEqual(['questionario/datiPersonali', 'questionario/categorieParticolari']);
    expect(inventoryFindings(base, { personalData: true, specialCategories: false }, 'X')).toEqual([]);
  });
});

describe('the codes of the helper', () => {
  it('are the twelve of the catalogue, each raised by a finding above', () => {
    expect([...COMPLIANCE_CODES].sort()).toEqual([
      'DPIA_DA_COMPLETARE', 'DPIA_DERIVATA_NECESSARIA', 'DPIA_DERIVATA_NON_NECESSARIA', 'IA_ALTO_RISCHIO_SENZA_FRIA', 'IA_ALTO_RISCHIO_SENZA_LOG',
      'IA_ALTO_RISCHIO_SENZA_SORVEGLIANZA', 'IA_CLASSE_DICHIARATA_DIVERSA', 'IA_DATI_INVENTARIO', 'IA_PRATICA_VIETATA', 'IA_QUESTIONARIO_INCOMPLETO',
      'IA_SENZA_SORVEGLIANZA_UMANA', 'IA_TRASPARENZA_SENZA_AVVISO',
    ]);
    expect(isComplianceCode('DPIA_NON_INDICATA')).toBe(false);
  });

  it('with the schema errors of the answers the helper reads, and no other', () => {
    expect(isComplianceIssue({ code: 'IA_PRATICA_VIETATA', pointer: '/conformita/sistemiIa/ricerca/questionario/punteggioSociale' })).toBe(true);
    expect(isComplianceIssue({ code: 'SCHEMA_ENUM', pointer: '/conformita/sistemiIa/ricerca/questionario/punteggioSociale' })).toBe(true);
    expect(isComplianceIssue({ code: 'SCHEMA_TYPE', pointer: '/conformita/sistemiIa/altri/3/valutazione' })).toBe(true);
    expect(isComplianceIssue({ code: 'SCHEMA_ENUM', pointer: '/orchestrazione/ia/rischioAiAct' })).toBe(true);
    expect(isComplianceIssue({ code: 'SCHEMA_MINLENGTH', pointer: '/ente/capofila/denominazione' })).toBe(false);
    expect(isComplianceIssue({ code: 'SCHEMA_ENUM', pointer: '/conformita/sistemiIaBis' })).toBe(false);
    expect(isComplianceIssue({ code: 'DPIA_NON_INDICATA', pointer: '/conformita/dpia' })).toBe(false);
  });
});
