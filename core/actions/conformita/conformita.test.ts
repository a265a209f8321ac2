import { describe, expect, it } from 'vitest';
import { edit, issues, PROFILE, starter } from '../../../test/helpers/docs';
import { assessProposal, MEASURE_OUTLINES, outlineText } from '../../compliance';
import { applyAction } from '..';

const doc = starter('comune-singolo');
const D = '/conformita/sistemiIa/ricerca';
const classOf = (d: typeof doc) => assessProposal(d, PROFILE).sistemi[0]!.assessment.classificazione.classe;

describe('conformita/answer', () => {
  it('answers one question as one undo step, at the answer, and the class follows', () => {
    const r = applyAction(doc, { type: 'conformita/answer', system: 'ricerca', question: 'prestazioniPubbliche', value: 'si' });
    expect(r).toMatchObject({ history: 'record', at: `${D}/questionario/prestazioniPubbliche` });
    expect(r.doc.conformita.sistemiIa.ricerca.questionario.prestazioniPubbliche).toBe('si');
    expect(doc.conformita.sistemiIa.ricerca.questionario.prestazioniPubbliche).toBe('no');
    expect(classOf(doc)).toBe('trasparenza');
    expect(classOf(r.doc)).toBe('alto-rischio');
    expect(r.doc.ricerca).toBe(doc.ricerca);
  });

  it('takes back an answer with «non so ancora»: the class waits for it only if it can change it', () => {
    const open = applyAction(doc, { type: 'conformita/answer', system: 'ricerca', question: 'prestazioniPubbliche', value: '' });
    expect(classOf(open.doc)).toBe('incompleto');
    expect(issues(open.doc).find((i) => i.code === 'IA_QUESTIONARIO_INCOMPLETO')?.pointer).toBe(`${D}/questionario/prestazioniPubbliche`);
    // Profiling matters only for a system of Annex III, which this one is not.
    expect(classOf(applyAction(doc, { type: 'conformita/answer', system: 'ricerca', question: 'profilazione', value: '' }).doc)).toBe('trasparenza');
  });

  it('clears follow-up answers a new answer stops asking, and says so', () => {
    let d = doc;
    for (const [question, value] of [['riconoscimentoEmozioni', 'si'], ['emozioniLavoroIstruzione', 'si'], ['finalitaMedicheSicurezza', 'no']] as const) {
      d = applyAction(d, { type: 'conformita/answer', system: 'ricerca', question, value }).doc;
    }
    expect(classOf(d)).toBe('vietato');
    const r = applyAction(d, { type: 'conformita/answer', system: 'ricerca', question: 'riconoscimentoEmozioni', value: 'no' });
    expect(r.doc.conformita.sistemiIa.ricerca.questionario).toMatchObject({ riconoscimentoEmozioni: 'no', emozioniLavoroIstruzione: '', finalitaMedicheSicurezza: '' });
    expect(r.notice).toMatch(/^2 risposte/);
    expect(classOf(r.doc)).toBe('trasparenza');
  });

  it('changes nothing for a value the question does not admit, an unknown system or the same answer', () => {
    for (const action of [
      { type: 'conformita/answer', system: 'ricerca', question: 'profilazione', value: 'forse' },
      { type: 'conformita/answer', system: 'ricerca', question: 'ruolo', value: 'si' },
      { type: 'conformita/answer', system: 'altro:nessuno', question: 'profilazione', value: 'si' },
      { type: 'conformita/answer', system: 'ricerca', question: 'profilazione', value: 'no' },
    ] as const) {
      const r = applyAction(doc, action);
      expect(r.doc).toBe(doc);
      expect(r.history).toBe('skip');
    }
  });

  it('answers the questionnaire of another system, found by its id wherever its row is', () => {
    let d = applyAction(doc, { type: 'rows/add', pointer: '/conformita/sistemiIa/altri' }).doc;
    d = applyAction(d, { type: 'rows/add', pointer: '/conformita/sistemiIa/altri' }).doc;
    const id = d.conformita.sistemiIa.altri[1]!.id;
    const r = applyAction(d, { type: 'conformita/answer', system: `altro:${id}`, question: 'punteggioSociale', value: 'si' });
    expect(r.at).toBe('/conformita/sistemiIa/altri/1/valutazione/questionario/punteggioSociale');
    expect(issues(r.doc).filter((i) => i.code === 'IA_PRATICA_VIETATA').map((i) => i.pointer)).toEqual([r.at]);
  });
});

describe('conformita/set-how-met', () => {
  it('writes an obligation with a measure into the measure, shared by every obligation asking for it', () => {
    const r = applyAction(doc, { type: 'conformita/set-how-met', system: 'ricerca', ruleId: 'AIA-50-1', text: 'Avviso in chat' });
    expect(r).toMatchObject({ history: { coalesce: `${D}/misure/avviso` }, at: `${D}/misure/avviso` });
    expect(r.doc.conformita.sistemiIa.ricerca.misure.avviso).toBe('Avviso in chat');
    const oversight = applyAction(doc, { type: 'conformita/set-how-met', system: 'ricerca', ruleId: 'L132-14-2', text: 'Revisione' });
    expect(oversight.doc.ricerca.ia.supervisioneUmana).toBe('Revisione');
  });

  it('keeps a row per other obligation: added on the first word, changed in place, removed when emptied', () => {
    const added = applyAction(doc, { type: 'conformita/set-how-met', system: 'ricerca', ruleId: 'AIA-9-15', text: 'Documentazione tecnica' });
    const rows = added.doc.conformita.sistemiIa.ricerca.obblighi;
    expect(rows.at(-1)).toEqual({ regola: 'AIA-9-15', come: 'Documentazione tecnica' });
    expect(added.at).toBe(`${D}/obblighi/${rows.length - 1}/come`);
    const changed = applyAction(added.doc, { type: 'conformita/set-how-met', system: 'ricerca', ruleId: 'AIA-9-15', text: 'Documentazione tecnica completa' });
    expect(changed.doc.conformita.sistemiIa.ricerca.obblighi).toHaveLength(rows.length);
    const removed = applyAction(changed.doc, { type: 'conformita/set-how-met', system: 'ricerca', ruleId: 'AIA-9-15', text: '' });
    expect(removed.doc.conformita.sistemiIa.ricerca.obblighi).toEqual(doc.conformita.sistemiIa.ricerca.obblighi);
    expect(applyAction(doc, { type: 'conformita/set-how-met', system: 'ricerca', ruleId: 'NON-ESISTE', text: 'x' }).doc).toBe(doc);
  });
});

describe('conformita/insert-outline', () => {
  it('fills an empty text with the points to cover, which alone do not count as a description', () => {
    const ranking = edit(doc, (d) => { Object.assign(d.conformita.sistemiIa.ricerca.questionario, { prestazioniPubbliche: 'si', profilazione: 'si' }); });
    const r = applyAction(ranking, { type: 'conformita/insert-outline', system: 'ricerca', ruleId: 'AIA-27' });
    expect(r.history).toBe('record');
    expect(r.doc.conformita.sistemiIa.ricerca.misure.valutazioneDiritti).toBe(outlineText(MEASURE_OUTLINES['valutazione-diritti']));
    expect(issues(r.doc).map((i) => i.code)).toIncludeCodes(['IA_ALTO_RISCHIO_SENZA_FRIA']);
    const filled = r.doc.conformita.sistemiIa.ricerca.misure.valutazioneDiritti.replace('a) Processi dell\'ente in cui il sistema è usato: ', 'a) Processi dell\'ente in cui il sistema è usato: graduatorie dei contributi per l\'affitto');
    const done = applyAction(r.doc, { type: 'fields/set', pointer: `${D}/misure/valutazioneDiritti`, value: filled }).doc;
    expect(issues(done).map((i) => i.code)).toExcludeCodes(['IA_ALTO_RISCHIO_SENZA_FRIA']);
  });

  it('never replaces what the officer wrote', () => {
    const r = applyAction(doc, { type: 'conformita/insert-outline', system: 'ricerca', ruleId: 'AIA-50-1' });
    expect(r.doc).toBe(doc);
    expect(r.notice).toMatch(/non è vuoto/);
  });
});
