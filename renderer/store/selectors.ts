import { defaultCallProfile, SEVERITY_ORDER, unreadableNumberIssue, validate, type Issue, type Proposal } from '../../core';
import { useStore, type State } from './store';

let cache: { doc: Proposal; issues: Issue[] } | null = null;

/** Issues of a document, computed once per document version (validation is derived, never stored). */
export function issuesOf(doc: Proposal): Issue[] {
  if (cache?.doc !== doc) cache = { doc, issues: validate(doc, { profile: defaultCallProfile(), now: new Date() }) };
  return cache.issues;
}

/** Unsaved changes: the document differs from the one last opened or saved. */
export const isDirty = (s: Pick<State, 'doc' | 'saved'>): boolean => s.doc !== null && s.doc !== s.saved;

let merged: { base: Issue[]; inputs: State['inputErrors']; issues: Issue[] } | null = null;

/** The document's issues plus the numbers typed that say no number: what the editor lists and counts. */
export function editorIssues(s: Pick<State, 'doc' | 'inputErrors'>): Issue[] {
  if (!s.doc) return [];
  const base = issuesOf(s.doc);
  if (merged?.base === base && merged.inputs === s.inputErrors) return merged.issues;
  const typed = Object.entries(s.inputErrors).map(([p, text]) => unreadableNumberIssue(p, text));
  const issues = typed.length ? [...typed, ...base].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) : base;
  merged = { base, inputs: s.inputErrors, issues };
  return issues;
}

export const useDoc = () => useStore((s) => s.doc);
export const useDirty = () => useStore(isDirty);
export const useIssues = (): Issue[] => useStore(editorIssues);

/** The desktop app (with native dialogs) rather than the browser through `proposta serve`. */
export const isDesktop = (): boolean => Boolean(window.api);

/** Outside React (keyboard, menu): whether a document is open, and whether it has unsaved changes. */
export const hasDocument = (): boolean => useStore.getState().doc !== null;
export const hasUnsavedChanges = (): boolean => isDirty(useStore.getState());
