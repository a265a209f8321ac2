import { describe, expect, it } from 'vitest';
import schema from '../../schemas/norme.schema.json';
import type { ComplianceRules } from '../generated/types';
import { questionsIn } from './condition';
import { QUESTION_KEYS, QUESTIONS, questionOf } from './questions';
import { defaultComplianceRules, formatReference, parseComplianceRules } from './rules';

const rules = defaultComplianceRules();
const copy = (fn: (r: ComplianceRules) => void): ComplianceRules => {
  const c = structuredClone(rules);
  fn(c);
  return c;
};
const codesOf = (data: unknown): string[] => {
  const r = parseComplianceRules(data);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe('the shipped rule data', () => {
  it('is valid, versioned and dated', () => {
    expect(parseComplianceRules(rules).ok).toBe(true);
    expect(Number.isInteger(rules.versione)).toBe(true);
    expect(rules.aggiornato).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('asks exactly the questions the schema lets rules test', () => {
    expect([...QUESTION_KEYS].sort()).toEqual([...schema.$defs.complianceCondition.properties.domanda.enum].sort());
    expect(new Set(QUESTION_KEYS).size).toBe(QUESTIONS.length);
  });

  it('tests each question only against a value the question offers', () => {
    for (const rule of rules.regole) {
      for (const { key, value } of questionsIn(rule.condizione)) {
        expect(questionOf(key).options.map((o) => o.value), `${rule.id}: ${key}`).toContain(value);
      }
    }
  });

  it('reads a follow-up question only together with the question it depends on', () => {
    for (const rule of rules.regole) {
      const read = new Set(questionsIn(rule.condizione).map((q) => q.key));
      for (const key of read) {
        const dep = questionOf(key).askIf;
        if (dep) expect(read.has(dep.key), `${rule.id}: ${key} senza ${dep.key}`).toBe(true);
      }
    }
  });

  it('gives every rule a source, a quotation, a date or a reason, and says what is to verify', () => {
    for (const r of rules.regole) {
      expect(formatReference(r.fonte, rules)).not.toBe(r.fonte.atto);
      expect(r.citazione.length, r.id).toBeGreaterThan(20);
      if (r.stato === 'da-verificare') expect(r.notaStato, r.id).toBeTruthy();
      else expect(r.siApplicaDal, r.id).not.toBeNull();
      if (r.tipo === 'alto-rischio') expect(r.puntoAllegato, r.id).toMatch(/^III/);
    }
  });

  it('marks as to verify every date moved by Reg. (EU) 2026/1744', () => {
    for (const r of rules.regole.filter((x) => x.siApplicaDal === '2027-12-02')) {
      expect(r.stato, r.id).toBe('da-verificare');
      expect(r.notaStato, r.id).toMatch(/2026\/1744/);
    }
  });
});

describe('parseComplianceRules', () => {
  it('refuses a repeated id and a source outside the list of acts', () => {
    expect(codesOf(copy((r) => { r.regole[1]!.id = r.regole[0]!.id; }))).toEqual(['NORME_ID_DOPPIO']);
    expect(codesOf(copy((r) => { r.regole[0]!.fonte.atto = 'atto-inesistente'; }))).toEqual(['NORME_ATTO_IGNOTO']);
  });

  it('refuses conditions that mix two forms or lack a value, and unknown fields', () => {
    expect(codesOf(copy((r) => { r.regole[0]!.condizione = { domanda: 'lavoro', valore: 'si', classe: ['minimo'] }; }))).not.toEqual([]);
    expect(codesOf(copy((r) => { r.regole[0]!.condizione = { domanda: 'lavoro' }; }))).not.toEqual([]);
    expect(codesOf(copy((r) => { (r.regole[0] as unknown as Record<string, unknown>).extra = 1; }))).toContain('SCHEMA_ADDITIONALPROPERTIES');
    expect(codesOf(copy((r) => { r.versione = 1.5; }))).toContain('SCHEMA_TYPE');
    expect(codesOf('non è un oggetto')).toContain('SCHEMA_TYPE');
  });
});

describe('formatReference', () => {
  it('writes the citation officers use', () => {
    expect(formatReference({ atto: 'reg-ue-2024-1689', articolo: '5', paragrafo: '1', lettera: 'f' }, rules)).toBe('Reg. (UE) 2024/1689, art. 5, par. 1, lett. f)');
    expect(formatReference({ atto: 'reg-ue-2024-1689', allegato: 'III', punto: '5', lettera: 'a' }, rules)).toBe('Reg. (UE) 2024/1689, allegato III, punto 5, lett. a)');
    expect(formatReference({ atto: 'legge-132-2025', articolo: '14', comma: '1' }, rules)).toBe('L. 132/2025, art. 14, comma 1');
    expect(formatReference({ atto: 'garante-467-2018', allegato: '1', punto: '7' }, rules)).toBe('Provv. Garante n. 467/2018, allegato 1, punto 7');
  });
});
