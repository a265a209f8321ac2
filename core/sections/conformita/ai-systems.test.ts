// The AI Act and GDPR rules on a whole proposal: which code, which severity, which field.
import { describe, expect, it } from 'vitest';
import { edit, issues, starter } from '../../../test/helpers/docs';
import { emptyAssessment, outlineText, MEASURE_OUTLINES } from '../../compliance';
import type { AltroSistemaIa, Proposal } from '../../generated/types';

const at = (doc: Proposal, prefix: string): string[] =>
  issues(doc).filter((i) => i.code.startsWith('IA_') || i.code.startsWith('DPIA_')).filter((i) => i.severity !== 'nota')
    .map((i) => `${i.severity} ${i.code} ${i.pointer}`).filter((l) => l.includes(prefix));

const D = '/conformita/sistemiIa/ricerca';
const comune = starter('comune-singolo');
/** The citizens' assistant turned into a system that ranks applicants for housing benefits. */
const ranking = edit(comune, (d) => {
  Object.assign(d.conformita.sistemiIa.ricerca.questionario, { prestazioniPubbliche: 'si', profilazione: 'si', decisioniEffettiGiuridici: 'si' });
});

describe('a high-risk system', () => {
  it('without FRIA plan and log retention: an error on each field, and the declared class contradicted', () => {
    expect(at(ranking, '')).toEqual([
      `errore IA_ALTO_RISCHIO_SENZA_LOG ${D}/misure/conservazioneLog`,
      `errore IA_ALTO_RISCHIO_SENZA_FRIA ${D}/misure/valutazioneDiritti`,
      'avviso IA_CLASSE_DICHIARATA_DIVERSA /ricerca/ia/rischioAiAct',
    ]);
  });

  it('without human oversight: an error on the component\'s own field', () => {
    const d = edit(ranking, (x) => { x.ricerca.ia.supervisioneUmana = ''; });
    expect(at(d, 'SORVEGLIANZA')).toEqual(['errore IA_ALTO_RISCHIO_SENZA_SORVEGLIANZA /ricerca/ia/supervisioneUmana']);
  });

  it('with the measures described and the class declared: no error; an outline left unfilled describes nothing', () => {
    const described = edit(ranking, (x) => {
      x.ricerca.ia.rischioAiAct = 'alto';
      x.conformita.sistemiIa.ricerca.misure.valutazioneDiritti = 'FRIA del dirigente dei servizi sociali prima del primo uso, con il RPD.';
      x.conformita.sistemiIa.ricerca.misure.conservazioneLog = 'Log conservati 12 mesi nel sistema di conservazione del Comune.';
    });
    expect(at(described, '')).toEqual([]);
    const outline = edit(described, (x) => { x.conformita.sistemiIa.ricerca.misure.valutazioneDiritti = outlineText(MEASURE_OUTLINES['valutazione-diritti']); });
    expect(at(outline, '')).toEqual([`errore IA_ALTO_RISCHIO_SENZA_FRIA ${D}/misure/valutazioneDiritti`]);
  });
});

describe('duties to inform people', () => {
  it('without a described notice: a warning on the notice', () => {
    const d = edit(comune, (x) => { x.conformita.sistemiIa.ricerca.misure.avviso = ' '; });
    expect(at(d, '')).toEqual([`avviso IA_TRASPARENZA_SENZA_AVVISO ${D}/misure/avviso`]);
  });
});

describe('other AI systems the proposal declares', () => {
  const other = (over: Partial<AltroSistemaIa['valutazione']['questionario']>): AltroSistemaIa => {
    const valutazione = emptyAssessment();
    Object.assign(valutazione.questionario, over);
    return { id: 'punteggio', nome: 'Punteggio dei residenti', descrizione: '', supervisioneUmana: 'Verifica del dirigente', valutazione };
  };

  it('are assessed too: a prohibited practice is an error on the answer that makes it so', () => {
    const d = edit(comune, (x) => { x.conformita.sistemiIa.altri.push(other({ punteggioSociale: 'si' })); });
    expect(at(d, 'VIETATA')).toEqual(['errore IA_PRATICA_VIETATA /conformita/sistemiIa/altri/0/valutazione/questionario/punteggioSociale']);
    expect(issues(d).find((i) => i.code === 'IA_PRATICA_VIETATA')?.message).toMatch(/art\. 5, par\. 1, lett\. c\)/);
  });

  it('with nothing answered: a warning on the first question that decides the class', () => {
    const d = edit(comune, (x) => { x.conformita.sistemiIa.altri.push(other({})); });
    expect(at(d, 'altri')).toEqual([
      'avviso IA_QUESTIONARIO_INCOMPLETO /conformita/sistemiIa/altri/0/valutazione/questionario/punteggioSociale',
      'avviso IA_TRASPARENZA_SENZA_AVVISO /conformita/sistemiIa/altri/0/valutazione/misure/avviso',
    ]);
  });

  it('keep their own human oversight, and their ids unique', () => {
    const d = edit(comune, (x) => { x.conformita.sistemiIa.altri.push({ ...other({}), supervisioneUmana: '' }, other({})); });
    expect(at(d, 'SORVEGLIANZA')).toEqual(['avviso IA_SENZA_SORVEGLIANZA_UMANA /conformita/sistemiIa/altri/0/supervisioneUmana']);
    expect(issues(d).filter((i) => i.code === 'ID_DUPLICATO').map((i) => i.pointer)).toEqual(['/conformita/sistemiIa/altri/1/id']);
  });
});

describe('the system of a component that was not chosen', () => {
  it('is not assessed, whatever its questionnaire says', () => {
    const d = edit(comune, (x) => { x.conformita.sistemiIa.orchestrazione.questionario.punteggioSociale = 'si'; });
    expect(at(d, 'orchestrazione')).toEqual([]);
  });
});

describe('the DPIA', () => {
  it('derived as necessary and declared unnecessary: a warning on the declared value', () => {
    const d = edit(comune, (x) => { x.conformita.dpia = 'non-necessaria'; });
    expect(at(d, '/conformita/dpia')).toEqual(['avviso DPIA_DERIVATA_NECESSARIA /conformita/dpia']);
  });

  it('is fed by the inventory: special categories there answer a blank question', () => {
    const blankData = edit(comune, (x) => {
      x.conformita.dpia = 'non-necessaria';
      Object.assign(x.conformita.sistemiIa.ricerca.questionario, { datiPersonali: '', categorieParticolari: '', scalaDati: 'larga', interazioneDiretta: 'no', generaContenuti: 'no' });
      // Only the AI-specific criterion of the Garante's list would otherwise apply: keep it out.
      x.conformita.sistemiIa.ricerca.questionario.soggettiVulnerabili = 'no';
    });
    const reasons = issues(blankData).find((i) => i.code === 'DPIA_DERIVATA_NECESSARIA')?.message ?? '';
    expect(reasons).toMatch(/art\. 35, par\. 3, lett\. b\)/);
    const noSpecial = edit(blankData, (x) => { for (const b of x.dati.banche) b.categorieParticolari = false; });
    expect(issues(noSpecial).find((i) => i.code === 'DPIA_DERIVATA_NECESSARIA')?.message ?? '').not.toMatch(/lett\. b\)/);
  });

  it('declared unnecessary while the answers that decide it are missing: a warning', () => {
    const d = edit(comune, (x) => {
      x.conformita.dpia = 'non-necessaria';
      x.conformita.sistemiIa.ricerca.questionario.scalaDati = '';
    });
    expect(at(d, '/conformita/dpia')).toEqual(['avviso DPIA_DA_COMPLETARE /conformita/dpia']);
  });

  it('is not derived at all when the proposal declares no AI system', () => {
    const d = edit(comune, (x) => { x.progetto.componentiQualificanti = []; x.conformita.dpia = 'non-necessaria'; });
    expect(issues(d).filter((i) => i.code.startsWith('DPIA_'))).toEqual([]);
  });
});
