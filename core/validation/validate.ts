import { validateProposalSchema } from '../generated/validators';
import type { CallProfile, Proposal } from '../generated/types';
import { SECTIONS } from '../sections/registry';
import type { Rule, RuleContext } from '../sections/types';
import { callRule, uniqueIdsRule, windowRule } from './general-rules';
import { SEVERITY_ORDER, type Issue } from './issue';
import { schemaIssues } from './schema-issues';

const GENERAL_RULES: readonly Rule[] = [callRule, windowRule, uniqueIdsRule];

/** Keywords after which the data no longer has the shape the rules rely on. */
const STRUCTURAL = new Set(['type', 'required', 'const']);

export interface ValidationOptions {
  readonly profile: CallProfile;
  /** The clock, for the submission window and the CUP year. */
  readonly now: Date;
}

/**
 * Every issue of a proposal: the schema first, then the cross-field rules of each section.
 * Derived, never stored. Rules run only on a document of the right shape, so none can throw on
 * data from a hand-edited file; structural errors come alone until they are fixed.
 */
export function validate(doc: unknown, { profile, now }: ValidationOptions): Issue[] {
  if (!validateProposalSchema(doc)) {
    const errors = validateProposalSchema.errors ?? [];
    const issues = schemaIssues(errors, doc);
    if (errors.some((e) => STRUCTURAL.has(e.keyword))) return issues;
    return sortIssues([...issues, ...runRules({ doc: doc as Proposal, profile, now })]);
  }
  return sortIssues(runRules({ doc: doc as Proposal, profile, now }));
}

function runRules(ctx: RuleContext): Issue[] {
  const out: Issue[] = [];
  for (const rule of GENERAL_RULES) out.push(...rule(ctx));
  for (const s of SECTIONS) for (const rule of s.rules) out.push(...rule(ctx));
  return out;
}

/** Errors first, then warnings, then notices; stable within each severity. */
function sortIssues(issues: Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.i - b.i)
    .map((x) => x.issue);
}
