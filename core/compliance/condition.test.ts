import { describe, expect, it } from 'vitest';
import { evaluate } from './condition';
import { emptyQuestionnaire, type AiAnswers } from './questions';

const answers = (over: Partial<AiAnswers>): AiAnswers => ({ ...emptyQuestionnaire(), ...over });
const yes = (k: 'profilazione' | 'lavoro') => ({ domanda: k, valore: 'si' } as const);

describe('three-valued conditions', () => {
  it('an unanswered question is unknown and named, never taken as «no»', () => {
    expect(evaluate(yes('profilazione'), answers({}))).toEqual({ value: 'unknown', missing: ['profilazione'] });
    expect(evaluate({ non: yes('profilazione') }, answers({}))).toEqual({ value: 'unknown', missing: ['profilazione'] });
    expect(evaluate(yes('profilazione'), answers({ profilazione: 'no' }))).toEqual({ value: false, missing: [] });
  });

  it('«tutte» is false as soon as one part is false, even with others open; empty means always', () => {
    const c = { tutte: [yes('profilazione'), yes('lavoro')] };
    expect(evaluate(c, answers({ lavoro: 'no' })).value).toBe(false);
    expect(evaluate(c, answers({ lavoro: 'si' }))).toEqual({ value: 'unknown', missing: ['profilazione'] });
    expect(evaluate(c, answers({ lavoro: 'si', profilazione: 'si' })).value).toBe(true);
    expect(evaluate({ tutte: [] }, answers({})).value).toBe(true);
  });

  it('«almenoUna» is true as soon as one part is true', () => {
    const c = { almenoUna: [yes('profilazione'), yes('lavoro')] };
    expect(evaluate(c, answers({ lavoro: 'si' })).value).toBe(true);
    expect(evaluate(c, answers({ lavoro: 'no' }))).toEqual({ value: 'unknown', missing: ['profilazione'] });
    expect(evaluate(c, answers({ lavoro: 'no', profilazione: 'no' })).value).toBe(false);
  });

  it('derived facts are unknown until the step that derives them has run', () => {
    expect(evaluate({ classe: ['alto-rischio'] }, answers({})).value).toBe('unknown');
    expect(evaluate({ classe: ['alto-rischio'] }, answers({}), { classe: 'minimo' }).value).toBe(false);
    expect(evaluate({ puntoAllegato: 'III-2' }, answers({}), { puntiAllegato: ['III-2'] }).value).toBe(true);
    expect(evaluate({ derivato: 'dpia-necessaria' }, answers({}), { dpiaNecessaria: true }).value).toBe(true);
    expect(evaluate({ derivato: 'dpia-necessaria' }, answers({})).value).toBe('unknown');
  });

  it('a follow-up question waits for the one it depends on', () => {
    const c = { domanda: 'finalitaMedicheSicurezza', valore: 'no' } as const;
    expect(evaluate(c, answers({})).missing).toEqual(['riconoscimentoEmozioni']);
    expect(evaluate(c, answers({ riconoscimentoEmozioni: 'si' })).missing).toEqual(['emozioniLavoroIstruzione']);
    expect(evaluate(c, answers({ riconoscimentoEmozioni: 'si', emozioniLavoroIstruzione: 'si' })).missing).toEqual(['finalitaMedicheSicurezza']);
  });
});
