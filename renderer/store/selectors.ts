import { defaultCallProfile, partnerIssues, SEVERITY_ORDER, unreadableDateIssue, unreadableNumberIssue, validate, type Issue, type Proposal } from '../../core';
import { useStore, type State } from './store';

let cache: { doc: Proposal; issues: Issue[] } | null = null;

/**
 * Issues of a document, computed once per document version (validation is derived, never stored).
 * In partner mode only the partner's own: a Comune sees its errors and none of the lead's.
 */
export function issuesOf(doc: Proposal, partnerMode = false): Issue[] {
  if (cache?.doc !== doc) {
    const opts = { profile: defaultCallProfile(), now: new Date() };
    cache = { doc, issues: partnerMode ? partnerIssues(doc, opts) : validate(doc, opts) };
  }
  return cache.issues;
}

/** Unsaved changes: the document differs from the one last opened or saved. */
export const isDirty = (s: Pick<State, 'doc' | 'saved'>): boolean => s.doc !== null && s.doc !== s.saved;

const NO_FILE_ISSUES: readonly Issue[] = [];
let merged: { base: Issue[]; inputs: State['inputErrors']; files: readonly Issue[]; issues: Issue[] } | null = null;

/** The document's issues plus the numbers typed that say no number: what the editor lists and counts. */
export function editorIssues(s: Pick<State, 'doc' | 'checked' | 'inputErrors' | 'attachments' | 'partner'>): Issue[] {
  const doc = s.doc && (s.checked ?? s.doc);
  if (!doc) return [];
  const base = issuesOf(doc, s.partner !== null);
  // The attachments' files, as last read for this very list of attachments.
  const files = s.attachments && s.attachments.list === doc.allegati ? s.attachments.issues : NO_FILE_ISSUES; // one empty list, or every call would differ and React would re-render forever
  if (merged?.base === base && merged.inputs === s.inputErrors && merged.files === files) return merged.issues;
  const typed = Object.entries(s.inputErrors).map(([p, e]) => (e.kind === 'number' ? unreadableNumberIssue(p, e.text) : unreadableDateIssue(p, e.text, e.kind === 'month')));
  const extra = [...typed, ...files];
  const issues = extra.length ? [...extra, ...base].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) : base;
  merged = { base, inputs: s.inputErrors, files, issues };
  return issues;
}

export const useDoc = () => useStore((s) => s.doc);
export const useDirty = () => useStore(isDirty);
export const useIssues = (): Issue[] => useStore(editorIssues);
/** Partner mode: a Comune's module is open. */
export const usePartnerMode = (): boolean => useStore((s) => s.partner !== null);
export const isPartnerMode = (): boolean => useStore.getState().partner !== null;

/** The desktop app (with native dialogs) rather than the browser through `proposta serve`. */
export const isDesktop = (): boolean => Boolean(window.api);

/** Outside React (keyboard, menu): whether a document is open, and whether it has unsaved changes. */
export const hasDocument = (): boolean => useStore.getState().doc !== null;
export const hasUnsavedChanges = (): boolean => isDirty(useStore.getState());
/** Whether a jump (Problemi, Ctrl+K) is on its way to a field under `pointer`, e.g. a row of a table. */
export const isJumpingInto = (pointer: string): boolean => useStore.getState().focusPointer?.startsWith(`${pointer}/`) === true;

let rowCounts: { issues: Issue[]; counts: Map<string, Map<string, number>> } | null = null;

/**
 * Errors and warnings of each row of each list, by field: `counts.get('/dati/banche/3')?.get('licenza')`.
 * A row shows how many of its messages sit in fields out of sight, in its details.
 */
export function rowIssueCounts(s: Pick<State, 'doc' | 'checked' | 'inputErrors' | 'attachments' | 'partner'>): Map<string, Map<string, number>> {
  const issues = editorIssues(s);
  if (rowCounts?.issues === issues) return rowCounts.counts;
  const counts = new Map<string, Map<string, number>>();
  for (const i of issues) {
    const m = /^(\/[a-z]+\/[a-zA-Z]+\/\d+)\/([^/]+)/.exec(i.pointer);
    if (!m || i.severity === 'nota') continue;
    const row = counts.get(m[1]!) ?? new Map<string, number>();
    row.set(m[2]!, (row.get(m[2]!) ?? 0) + 1);
    counts.set(m[1]!, row);
  }
  rowCounts = { issues, counts };
  return counts;
}
