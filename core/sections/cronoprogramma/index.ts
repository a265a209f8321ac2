import type { Issue } from '../../validation/issue';
import { avviso, errore } from '../../validation/make';
import { activeComponents, componentName } from '../../derive/components';
import type { RuleContext, SectionDefinition } from '../types';
import { SECTION_TITLES } from '../../generated/pointers';

function timelineRules({ doc, profile }: RuleContext): Issue[] {
  const out: Issue[] = [];
  const active = activeComponents(doc, profile);
  const duration = doc.progetto.durataMesi;
  doc.cronoprogramma.attivita.forEach((a, i) => {
    const p = `/cronoprogramma/attivita/${i}`;
    if (a.meseFine < a.meseInizio) {
      out.push(errore('ATTIVITA_FINE_PRIMA_INIZIO', `${p}/meseFine`, `L'attività «${a.titolo}» finisce (mese ${a.meseFine}) prima di iniziare (mese ${a.meseInizio}): correggi i mesi.`));
    }
    if (duration !== null && a.meseFine > duration) {
      out.push(errore('ATTIVITA_OLTRE_DURATA', `${p}/meseFine`, `L'attività «${a.titolo}» finisce al mese ${a.meseFine}, oltre la durata del progetto (${duration} mesi): anticipane la fine o aumenta la durata.`));
    }
    if (!active.includes(a.componente)) {
      out.push(errore('ATTIVITA_COMPONENTE_NON_SCELTA', `${p}/componente`, `L'attività «${a.titolo}» riguarda la componente ${a.componente}), che non è tra quelle scelte: cambia componente o sceglila nella sezione Progetto.`));
    }
  });
  for (const c of active) {
    if (!doc.cronoprogramma.attivita.some((a) => a.componente === c)) {
      out.push(avviso('COMPONENTE_SENZA_ATTIVITA', '/cronoprogramma/attivita', `Nessuna attività è prevista per la componente ${componentName(c, profile)}: aggiungine almeno una.`));
    }
  }
  return out;
}

/** Cronoprogramma: activities by month, inside the project's duration. */
export const cronoprogrammaSection: SectionDefinition = {
  id: 'cronoprogramma',
  title: SECTION_TITLES.cronoprogramma,
  rules: [timelineRules],
};
