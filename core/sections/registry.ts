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
import type { SectionDefinition, SectionId } from './types';
import { visualizzazioneSection } from './visualizzazione';

/** Every section of the relazione progettuale, in the order the officer is guided through them. */
export const SECTIONS: readonly SectionDefinition[] = [
  enteSection,
  progettoSection,
  datiSection,
  infrastrutturaSection,
  visualizzazioneSection,
  ricercaSection,
  orchestrazioneSection,
  cronoprogrammaSection,
  budgetSection,
  indicatoriSection,
  conformitaSection,
  allegatiSection,
];

const BY_ID = new Map(SECTIONS.map((s) => [s.id, s]));

/** The section with that id. */
export function sectionById(id: SectionId): SectionDefinition {
  const s = BY_ID.get(id);
  if (!s) throw new Error(`Sezione sconosciuta: ${id}`);
  return s;
}

/** Type guard for strings coming from pointers or the UI. */
export function isSectionId(id: string): id is SectionId {
  return BY_ID.has(id as SectionId);
}
