import { describe, expect, it } from 'vitest';
import { starter } from '../../test/helpers/docs';
import { assessAiSystem } from './assess';
import { inventoryFlags, proposalDpiaNeed } from './dpia';
import { declaredRiskFindings, dpiaFindings, inventoryFindings } from './issues';
import { QUESTIONS } from './questions';
import { STARTER_ANSWERS } from './starter-answers';

describe('completed questionnaires of the three starters', () => {
  it('cover each qualifying component chosen in each starter, and no other', () => {
    for (const name of ['comune-singolo', 'aggregazione', 'provincia'] as const) {
      const chosen = [...starter(name).progetto.componentiQualificanti].sort();
      expect(STARTER_ANSWERS.filter((s) => s.starter === name).map((s) => s.componente).sort(), name).toEqual(chosen);
    }
  });

  it('answer every question the editor shows them', () => {
    for (const s of STARTER_ANSWERS) {
      for (const q of QUESTIONS) {
        const shown = !q.askIf || s.questionario[q.askIf.key] === q.askIf.value;
        if (shown) expect(s.questionario[q.key], `${s.starter} ${s.componente}: ${q.key}`).not.toBe('');
      }
      expect(s.questionario.datiTrattati).not.toBe('');
    }
  });

  it('get the class an expert gives them, with a reason', () => {
    for (const s of STARTER_ANSWERS) {
      const flags = inventoryFlags(starter(s.starter).dati.banche);
      const a = assessAiSystem(s.questionario, flags);
      expect(a.classificazione.classe, `${s.starter} ${s.componente}`).toBe(s.classeAttesa);
      expect(a.classificazione.mancanti).toEqual([]);
      expect(a.obblighi.every((o) => o.certezza === 'dovuto'), `${s.starter} ${s.componente}`).toBe(true);
      expect(s.perche.length).toBeGreaterThan(80);
    }
  });

  it('agree with the DPIA the starters declare («prevista»)', () => {
    for (const name of ['comune-singolo', 'aggregazione', 'provincia'] as const) {
      const doc = starter(name);
      const need = proposalDpiaNeed(STARTER_ANSWERS.filter((s) => s.starter === name).map((s) => s.questionario));
      expect(need.necessaria, name).toBe(true);
      expect(dpiaFindings(need, doc.conformita.dpia), name).toEqual([]);
    }
  });

  it('agree with the declared risk class, except the aggregation, whose drafting of texts has Art. 50(2) duties', () => {
    const disagreements = STARTER_ANSWERS.flatMap((s) => {
      const doc = starter(s.starter);
      const declared = (s.componente === 'd' ? doc.ricerca : doc.orchestrazione).ia.rischioAiAct;
      return declaredRiskFindings(assessAiSystem(s.questionario).classificazione, declared, s.nome).map((f) => `${s.starter} ${s.componente} ${f.code}`);
    });
    expect(disagreements).toEqual(['aggregazione e IA_CLASSE_DICHIARATA_DIVERSA']);
  });

  it('note where a system excludes special categories the inventory holds', () => {
    const notes = STARTER_ANSWERS.flatMap((s) => inventoryFindings(s.questionario, inventoryFlags(starter(s.starter).dati.banche), s.nome).map((f) => `${s.starter} ${s.componente} ${f.field}`));
    expect(notes).toEqual(['comune-singolo d questionario/categorieParticolari', 'provincia d questionario/categorieParticolari', 'provincia e questionario/categorieParticolari']);
  });
});
