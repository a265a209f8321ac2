// The three starters carry completed questionnaires; each AI system gets the class an expert reading
// the starter would give, for the reason written here.
import { describe, expect, it } from 'vitest';
import { issues, PROFILE, starter, STARTER_NAMES, type StarterName } from '../../test/helpers/docs';
import { assessProposal } from './proposal';
import { QUESTIONS } from './questions';
import type { AiClass } from './classify';

interface Expert {
  readonly starter: StarterName;
  readonly componente: 'd' | 'e';
  readonly classe: AiClass;
  readonly perche: string;
}

// In all three the body commissions the system and puts it into service under its own name, which
// makes it the provider (art. 3, point 3, AI Act) as well as the deployer.
const EXPERT: readonly Expert[] = [
  {
    starter: 'comune-singolo', componente: 'd', classe: 'trasparenza',
    perche: "L'assistente interagisce con i cittadini e genera testi: art. 50, par. 1 e 2. Informa e rimanda agli uffici ma non valuta l'accesso a prestazioni né decide: non rientra nell'allegato III. DPIA dovuta: IA su dati personali su larga scala (elenco del Garante, punto 7).",
  },
  {
    starter: 'aggregazione', componente: 'e', classe: 'trasparenza',
    perche: "Classifica ed estrae dati sotto il controllo dell'operatore e non valuta l'ammissibilità a prestazioni (le riduzioni TARI sono agevolazioni tributarie, non l'assistenza pubblica dell'allegato III, punto 5, lett. a; considerando 58). Genera però le bozze delle richieste di integrazione: art. 50, par. 2, quindi «rischio limitato», non «minimo». DPIA dovuta: categorie particolari su larga scala (art. 35, par. 3, lett. b, GDPR).",
  },
  {
    starter: 'provincia', componente: 'd', classe: 'trasparenza',
    perche: "Assistente e motore di ricerca interagiscono con imprese, cittadini e personale e generano risposte: art. 50, par. 1 e 2. Non rilasciano autorizzazioni e non rientrano nell'allegato III.",
  },
  {
    starter: 'provincia', componente: 'e', classe: 'minimo',
    perche: "Estrae dati e classifica segnalazioni con conferma dell'operatore; la compatibilità dei percorsi è decisa da regole deterministiche e dal tecnico, quindi l'IA non è componente di sicurezza del traffico (allegato III, punto 2). Nessun obbligo dell'art. 50; restano l'art. 4 e gli obblighi della L. 132/2025 per la PA.",
  },
];

const systemOf = (name: StarterName, componente: 'd' | 'e') =>
  assessProposal(starter(name), PROFILE).sistemi.find((s) => s.system.componente === componente);

describe('the starters\' AI systems', () => {
  it('are the qualifying components each starter chose, and no other', () => {
    for (const name of STARTER_NAMES) {
      const chosen = [...starter(name).progetto.componentiQualificanti].sort();
      expect(assessProposal(starter(name), PROFILE).sistemi.map((s) => s.system.componente).sort(), name).toEqual(chosen);
      expect(EXPERT.filter((e) => e.starter === name).map((e) => e.componente).sort(), name).toEqual(chosen);
    }
  });

  it('answer every question the editor shows them, and describe the data', () => {
    for (const e of EXPERT) {
      const q = systemOf(e.starter, e.componente)!.system.valutazione.questionario;
      for (const question of QUESTIONS) {
        const shown = !question.askIf || q[question.askIf.key] === question.askIf.value;
        if (shown) expect(q[question.key], `${e.starter} ${e.componente}: ${question.key}`).not.toBe('');
      }
      expect(q.datiTrattati).not.toBe('');
    }
  });

  it('get the class an expert gives them, every obligation certain and described', () => {
    for (const e of EXPERT) {
      const { system, assessment } = systemOf(e.starter, e.componente)!;
      expect(assessment.classificazione.classe, `${e.starter} ${e.componente}`).toBe(e.classe);
      expect(assessment.classificazione.mancanti).toEqual([]);
      expect(assessment.obblighi.every((o) => o.certezza === 'dovuto')).toBe(true);
      const written = new Set(system.valutazione.obblighi.map((o) => o.regola));
      const unmet = assessment.obblighi.filter((o) => o.misura === null && !written.has(o.ruleId)).map((o) => o.ruleId);
      expect(unmet, `${e.starter} ${e.componente}`).toEqual([]);
      expect(e.perche.length).toBeGreaterThan(80);
    }
  });

  it('agree with the declared risk class and DPIA, and raise no compliance error or warning', () => {
    for (const name of STARTER_NAMES) {
      const compliance = issues(starter(name)).filter((i) => i.code.startsWith('IA_') || i.code.startsWith('DPIA_'));
      expect(compliance.filter((i) => i.severity !== 'nota').map((i) => `${i.code} ${i.pointer}`), name).toEqual([]);
      expect(assessProposal(starter(name), PROFILE).dpia.necessaria, name).toBe(true);
    }
  });

  it('note where a system excludes the special categories the inventory holds', () => {
    const notes = STARTER_NAMES.flatMap((name) => issues(starter(name)).filter((i) => i.code === 'IA_DATI_INVENTARIO').map((i) => `${name} ${i.pointer}`));
    expect(notes).toEqual([
      'comune-singolo /conformita/sistemiIa/ricerca/questionario/categorieParticolari',
      'provincia /conformita/sistemiIa/ricerca/questionario/categorieParticolari',
      'provincia /conformita/sistemiIa/orchestrazione/questionario/categorieParticolari',
    ]);
  });
});
