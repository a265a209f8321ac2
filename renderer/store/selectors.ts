import { defaultCallProfile, validate, type Issue, type Proposal } from '../../core';
import { useStore, type State } from './store';

let cache: { doc: Proposal; issues: Issue[] } | null = null;

/** Issues of a document, computed once per document version (validation is derived, never stored). */
export function issuesOf(doc: Proposal): Issue[] {
  if (cache?.doc !== doc) cache = { doc, issues: validate(doc, { profile: defaultCallProfile(), now: new Date() }) };
  return cache.issues;
}

/** Unsaved changes: the document differs from the one last opened or saved. */
export const isDirty = (s: Pick<State, 'doc' | 'saved'>): boolean => s.doc !== null && s.doc !== s.saved;

export const useDoc = () => useStore((s) => s.doc);
export const useDirty = () => useStore(isDirty);
export const useIssues = (): Issue[] => {
  const doc = useDoc();
  return doc ? issuesOf(doc) : [];
};

/** The desktop app (with native dialogs) rather than the browser through `proposta serve`. */
export const isDesktop = (): boolean => Boolean(window.api);

/** Outside React (keyboard, menu): whether a document is open, and whether it has unsaved changes. */
export const hasDocument = (): boolean => useStore.getState().doc !== null;
export const hasUnsavedChanges = (): boolean => isDirty(useStore.getState());
