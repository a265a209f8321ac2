import type { CallProfile, Proposal } from '../generated/types';
import type { SectionId } from '../generated/pointers';
import type { Issue } from '../validation/issue';

export type { SectionId } from '../generated/pointers';

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
  /** Title shown to the officer: the section schema's title (SECTION_TITLES). */
  readonly title: string;
  readonly rules: readonly Rule[];
}
