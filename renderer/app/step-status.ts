import { activeSections, countIssues, sameJson, defaultCallProfile, emptyProposal, sectionOfPointer, type Issue, type Proposal, type SectionId } from '../../core';

export type StepStatus = 'non-iniziata' | 'completa' | 'errori' | 'avvisi';

export const STATUS_LABEL: Readonly<Record<StepStatus, string>> = {
  'non-iniziata': 'Non iniziata',
  completa: 'Completa',
  errori: 'Con errori',
  avvisi: 'Con avvisi',
};

const EMPTY = emptyProposal();

/** The steps of a Comune's module: its data, its databases, its budget lines, its attachments. */
export const PARTNER_SECTIONS: readonly SectionId[] = ['ente', 'dati', 'budget', 'allegati'];

/** The steps this proposal shows (components d and e only when chosen), from core; a module shows the partner's only. */
export function visibleSections(doc: Proposal, partnerMode = false): SectionId[] {
  return partnerMode ? [...PARTNER_SECTIONS] : activeSections(doc, defaultCallProfile());
}

export function issuesBySection(issues: readonly Issue[]): Map<string, Issue[]> {
  const map = new Map<string, Issue[]>();
  for (const i of issues) {
    const id = sectionOfPointer(i.pointer) || 'riepilogo';
    map.set(id, [...(map.get(id) ?? []), i]);
  }
  return map;
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
