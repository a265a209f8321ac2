import type { CallProfile, Proposal } from '../generated/types';
import { SECTION_IDS, SECTION_TITLES, type SectionId } from '../generated/pointers';
import { isSectionActive } from './components';

/** Type guard for strings coming from pointers or the UI. */
export function isSectionId(id: string): id is SectionId {
  return (SECTION_IDS as readonly string[]).includes(id);
}

/** The section id a pointer belongs to (`/budget/voci/3` -> `budget`), or `''` for the root. */
export function sectionOfPointer(pointer: string): string {
  const second = pointer.indexOf('/', 1);
  return second === -1 ? pointer.slice(1) : pointer.slice(1, second);
}

/** The title of the section a pointer belongs to; "Proposta" for the envelope and the root. */
export function sectionTitleOf(pointer: string): string {
  const id = sectionOfPointer(pointer);
  return isSectionId(id) ? SECTION_TITLES[id] : 'Proposta';
}

/** The sections this proposal shows, in wizard order. */
export function activeSections(doc: Proposal, profile: CallProfile): SectionId[] {
  return SECTION_IDS.filter((id) => isSectionActive(doc, profile, id));
}
