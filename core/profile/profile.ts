import shipped from '../../templates/calls/puglia-ia-2025.json';
import type { CallProfile } from '../generated/types';
import { validateCallProfileSchema } from '../generated/validators';
import type { Issue } from '../validation/issue';
import { schemaIssues } from '../validation/schema-issues';

export type ProfileResult = { ok: true; profile: CallProfile } | { ok: false; issues: Issue[] };

/** Validates a call profile (the shipped one, or an update from the Region) against its schema. */
export function parseCallProfile(data: unknown): ProfileResult {
  if (validateCallProfileSchema(data)) return { ok: true, profile: data as CallProfile };
  return { ok: false, issues: schemaIssues(validateCallProfileSchema.errors, data) };
}

let cached: CallProfile | undefined;

/**
 * The profile shipped in templates/calls/, validated on first use. A broken shipped profile is a
 * defect of the build, not of the officer's data, hence the throw.
 */
export function defaultCallProfile(): CallProfile {
  if (cached) return cached;
  const r = parseCallProfile(shipped);
  if (!r.ok) throw new Error(`Il profilo dell'Avviso incluso non è valido: ${r.issues.map((i) => `${i.pointer} ${i.code}`).join('; ')}`);
  cached = r.profile;
  return cached;
}
