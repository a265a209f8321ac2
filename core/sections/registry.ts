import { SECTION_IDS, type SectionId } from '../generated/pointers';
import { allegatiSection } from './allegati';
import { budgetSection } from './budget';
import { conformitaSection } from './conformita';
import { cronoprogrammaSection } from './cronoprogramma';
import { datiSection } from './dati';
import { enteSection } from './ente';
import { indicatoriSection } from './indicatori';
import { infrastrutturaSection } from './infrastruttura';
import { orchestrazioneSection } from './orchestrazione';
import { progettoSection } from './progetto';
import { ricercaSection } from './ricerca';
import type { SectionDefinition } from './types';
import { visualizzazioneSection } from './visualizzazione';

const BY_ID: Readonly<Record<SectionId, SectionDefinition>> = {
  ente: enteSection,
  progetto: progettoSection,
  dati: datiSection,
  infrastruttura: infrastrutturaSection,
  visualizzazione: visualizzazioneSection,
  ricerca: ricercaSection,
  orchestrazione: orchestrazioneSection,
  cronoprogramma: cronoprogrammaSection,
  budget: budgetSection,
  indicatori: indicatoriSection,
  conformita: conformitaSection,
  allegati: allegatiSection,
};

/** Every section of the relazione progettuale, in the order of the proposal schema (the wizard order). */
export const SECTIONS: readonly SectionDefinition[] = SECTION_IDS.map((id) => BY_ID[id]);

/** The section with that id. */
export function sectionById(id: SectionId): SectionDefinition {
  return BY_ID[id];
}
