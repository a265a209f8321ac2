import type { CallProfile, Proposal } from '../generated/types';
import type { Issue } from '../validation/issue';

/** Ids of the proposal's sections, in wizard order (see registry.ts). */
export type SectionId =
  | 'ente' | 'progetto' | 'dati' | 'infrastruttura' | 'visualizzazione' | 'ricerca' | 'orchestrazione'
  | 'cronoprogramma' | 'budget' | 'indicatori' | 'conformita' | 'allegati';

/** What every rule sees. Rules are pure: the clock comes in as `now`. */
export interface RuleContext {
  readonly doc: Proposal;
  readonly profile: CallProfile;
  readonly now: Date;
}

/** A cross-field rule: what the schema cannot say. Returns an empty list when all is well. */
export type Rule = (ctx: RuleContext) => Issue[];

export interface SectionDefinition {
  readonly id: SectionId;
  /** Title shown to the officer. */
  readonly title: string;
  /** The call's component letter, for the five components. */
  readonly component?: 'a' | 'b' | 'c' | 'd' | 'e';
  readonly rules: readonly Rule[];
}
