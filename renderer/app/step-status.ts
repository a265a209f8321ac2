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

/** Sections compared with the empty proposal, by object: an unchanged section is not serialised again. */
const untouchedCache = new WeakMap<object, boolean>();
const EMPTY_TEXT = new Map(Object.entries(EMPTY).map(([k, v]) => [k, JSON.stringify(v)]));

function isUntouched(doc: Proposal, id: SectionId): boolean {
  const value = doc[id] as object;
  let r = untouchedCache.get(value);
  if (r === undefined) {
    r = JSON.stringify(value) === EMPTY_TEXT.get(id);
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
