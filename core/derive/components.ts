import type { CallProfile, Proposal } from '../generated/types';
import type { SectionId } from '../generated/pointers';

export type ComponentLetter = 'a' | 'b' | 'c' | 'd' | 'e';

/** The qualifying components (d, e) the officer chose, in the call's order. */
export function chosenQualifying(doc: Proposal, profile: CallProfile): ComponentLetter[] {
  return profile.componenti.qualificanti.filter((c) => (doc.progetto.componentiQualificanti as string[]).includes(c));
}

/** The components this proposal carries: the call's base ones plus the qualifying ones chosen. */
export function activeComponents(doc: Proposal, profile: CallProfile): ComponentLetter[] {
  return [...profile.componenti.base, ...chosenQualifying(doc, profile)];
}

/** "a) Raccolta e analisi delle banche dati". */
export function componentName(letter: ComponentLetter, profile: CallProfile): string {
  return `${letter}) ${profile.componenti.nomi[letter]}`;
}

/** The section that describes each component. */
export const COMPONENT_SECTIONS: Readonly<Record<ComponentLetter, SectionId>> = {
  a: 'dati', b: 'infrastruttura', c: 'visualizzazione', d: 'ricerca', e: 'orchestrazione',
};

const LETTER_OF = new Map(Object.entries(COMPONENT_SECTIONS).map(([l, s]) => [s, l as ComponentLetter]));

/** The component a section describes, if any. */
export function componentOfSection(id: SectionId): ComponentLetter | undefined {
  return LETTER_OF.get(id);
}

/**
 * Whether the proposal shows a section: every section but those of a qualifying component that was
 * not chosen (an unchosen d or e may stay empty and is neither edited nor printed).
 */
export function isSectionActive(doc: Proposal, profile: CallProfile, id: SectionId): boolean {
  const letter = componentOfSection(id);
  return letter === undefined || activeComponents(doc, profile).includes(letter);
}
