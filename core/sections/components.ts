import type { CallProfile, Proposal } from '../generated/types';

export type ComponentLetter = 'a' | 'b' | 'c' | 'd' | 'e';

/** The components this proposal carries: the call's base ones plus the qualifying ones chosen. */
export function activeComponents(doc: Proposal, profile: CallProfile): ComponentLetter[] {
  const chosen = profile.componenti.qualificanti.filter((c) => (doc.progetto.componentiQualificanti as string[]).includes(c));
  return [...profile.componenti.base, ...chosen];
}

/** "a) Raccolta e analisi delle banche dati". */
export function componentName(letter: ComponentLetter, profile: CallProfile): string {
  return `${letter}) ${profile.componenti.nomi[letter]}`;
}
