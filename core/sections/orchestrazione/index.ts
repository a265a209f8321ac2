import type { Issue } from '../../validation/issue';
import { avviso } from '../../validation/make';
import { iaComponentIssues } from '../ia-component';
import type { RuleContext, SectionDefinition } from '../types';
import { SECTION_TITLES } from '../../generated/pointers';

function processRules({ doc }: RuleContext): Issue[] {
  if (!doc.progetto.componentiQualificanti.includes('e')) return [];
  const out: Issue[] = [];
  doc.orchestrazione.processi.forEach((p, i) => {
    const { tempoAttualeGiorni: now, tempoObiettivoGiorni: target } = p;
    if (now !== null && target !== null && target >= now) {
      out.push(avviso('PROCESSO_SENZA_MIGLIORAMENTO', `/orchestrazione/processi/${i}/tempoObiettivoGiorni`, `Per il processo «${p.nome}» il tempo obiettivo non è inferiore a quello attuale: indica il miglioramento atteso.`));
    }
  });
  return out;
}

/** Componente e) Sistema di orchestrazione dei processi (qualifying: required only when chosen). */
export const orchestrazioneSection: SectionDefinition = {
  id: 'orchestrazione',
  title: SECTION_TITLES.orchestrazione,
  rules: [({ doc }) => iaComponentIssues(doc, 'e', 'orchestrazione', 'processi', 'un processo da orchestrare'), processRules],
};
