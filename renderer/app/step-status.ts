import { activeSections, countIssues, defaultCallProfile, emptyProposal, sectionOfPointer, type Issue, type Proposal, type SectionId } from '../../core';

export type StepStatus = 'non-iniziata' | 'completa' | 'errori' | 'avvisi';

export const STATUS_LABEL: Readonly<Record<StepStatus, string>> = {
  'non-iniziata': 'Non iniziata',
  completa: 'Completa',
  errori: 'Con errori',
  avvisi: 'Con avvisi',
};

const EMPTY = emptyProposal();

/** The steps this proposal shows (components d and e only when chosen), from core. */
export function visibleSections(doc: Proposal): SectionId[] {
  return activeSections(doc, defaultCallProfile());
}

export function issuesBySection(issues: readonly Issue[]): Map<string, Issue[]> {
  const map = new Map<string, Issue[]>();
  for (const i of issues) {
    const id = sectionOfPointer(i.pointer) || 'riepilogo';
    map.set(id, [...(map.get(id) ?? []), i]);
  }
  return map;
}

/** Equal as JSON, stopping at the first difference: a started section differs at once, whatever its size. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether a section is still as in the empty proposal (computed once per section object). */
const untouchedCache = new WeakMap<object, boolean>();

function isUntouched(doc: Proposal, id: SectionId): boolean {
  const value = doc[id] as object;
  let r = untouchedCache.get(value);
  if (r === undefined) {
    r = sameJson(value, EMPTY[id]);
    untouchedCache.set(value, r);
  }
  return r;
}

export function stepStatus(doc: Proposal, id: SectionId, issues: readonly Issue[]): StepStatus {
  const c = countIssues(issues);
  if (isUntouched(doc, id)) return 'non-iniziata';
  if (c.errore > 0) return 'errori';
  if (c.avviso > 0) return 'avvisi';
  return 'completa';
}
