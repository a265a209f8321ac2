import { defaultCallProfile, validate, type Issue, type Proposal } from '../../core';
import { useStore } from './store';

let cache: { doc: Proposal; issues: Issue[] } | null = null;

/** Issues of a document, computed once per document version (validation is derived, never stored). */
export function issuesOf(doc: Proposal): Issue[] {
  if (cache?.doc !== doc) cache = { doc, issues: validate(doc, { profile: defaultCallProfile(), now: new Date() }) };
  return cache.issues;
}

export const useDoc = () => useStore((s) => s.doc);
export const useIssues = (): Issue[] => {
  const doc = useDoc();
  return doc ? issuesOf(doc) : [];
};
