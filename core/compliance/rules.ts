import shipped from '../../templates/norme/ia-gdpr-1.json';
import type { ComplianceRule, ComplianceRules, LegalSource } from '../generated/types';
import { validateComplianceRulesSchema } from '../generated/validators';
import type { Issue } from '../validation/issue';
import { schemaIssues } from '../validation/schema-issues';

export type RulesResult = { ok: true; rules: ComplianceRules } | { ok: false; issues: Issue[] };

/**
 * Validates a rule set (the shipped one, or a newer one) against schemas/norme.schema.json and
 * checks what the schema cannot: unique ids and sources that name a listed act.
 */
export function parseComplianceRules(data: unknown): RulesResult {
  if (!validateComplianceRulesSchema(data)) return { ok: false, issues: schemaIssues(validateComplianceRulesSchema.errors, data) };
  const rules = data as ComplianceRules;
  const issues: Issue[] = [];
  const acts = new Set(rules.atti.map((a) => a.id));
  const seen = new Set<string>();
  rules.regole.forEach((r, i) => {
    if (seen.has(r.id)) issues.push({ code: 'NORME_ID_DOPPIO', severity: 'errore', pointer: `/regole/${i}/id`, message: `La regola ${r.id} compare due volte.` });
    seen.add(r.id);
    if (!acts.has(r.fonte.atto)) issues.push({ code: 'NORME_ATTO_IGNOTO', severity: 'errore', pointer: `/regole/${i}/fonte/atto`, message: `La regola ${r.id} cita l'atto «${r.fonte.atto}», che non è nell'elenco degli atti.` });
  });
  return issues.length ? { ok: false, issues } : { ok: true, rules };
}

let cached: ComplianceRules | undefined;

/** The rule set shipped in templates/norme/, validated on first use (a broken one is a build defect). */
export function defaultComplianceRules(): ComplianceRules {
  if (cached) return cached;
  const r = parseComplianceRules(shipped);
  if (!r.ok) throw new Error(`Le norme incluse non sono valide: ${r.issues.map((i) => `${i.pointer} ${i.code}`).join('; ')}`);
  cached = r.rules;
  return cached;
}

/** The rule with this id, or undefined. */
export function ruleById(rules: ComplianceRules, id: string): ComplianceRule | undefined {
  return rules.regole.find((r) => r.id === id);
}

/**
 * The citation officers write, e.g. «Reg. (UE) 2024/1689, art. 5, par. 1, lett. f)» or
 * «Reg. (UE) 2024/1689, allegato III, punto 5, lett. a)». Derived, never stored.
 */
export function formatReference(source: LegalSource, rules: ComplianceRules): string {
  const act = rules.atti.find((a) => a.id === source.atto);
  const parts = [act?.sigla ?? source.atto];
  if (source.allegato) parts.push(`allegato ${source.allegato}`);
  if (source.articolo) parts.push(`art. ${source.articolo}`);
  if (source.paragrafo) parts.push(`par. ${source.paragrafo}`);
  if (source.comma) parts.push(`comma ${source.comma}`);
  if (source.punto) parts.push(`punto ${source.punto}`);
  if (source.lettera) parts.push(`lett. ${source.lettera})`);
  return parts.join(', ');
}
