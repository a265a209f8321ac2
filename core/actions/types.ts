import type { Proposal } from '../generated/types';

/**
 * How a change enters the undo history: `record` is one step; `coalesce` merges with the previous
 * step carrying the same key when it comes right after it (typing a word is one step, not one per
 * key); `skip` means nothing changed.
 */
export type History = 'record' | { readonly coalesce: string } | 'skip';

/** What an action returns: the new document (the same object when nothing changed) and how to undo it. */
export interface ActionResult {
  readonly doc: Proposal;
  readonly history: History;
  /** Where the change happened (a pointer): undo and redo show it there. */
  readonly at?: string;
  /** Italian sentence for the officer when the action did more, or less, than the click suggests. */
  readonly notice?: string;
}

/** A pure function from the document and a typed payload to the result. Never throws, never does I/O. */
export type ActionHandler<P> = (doc: Proposal, payload: P) => ActionResult;

/** The result of an action that changed nothing (with, perhaps, a word for the officer). */
export const unchanged = (doc: Proposal, notice?: string): ActionResult => ({ doc, history: 'skip', ...(notice ? { notice } : {}) });

/** A result that is one undo step, or nothing when the document did not change. */
export const recorded = (before: Proposal, doc: Proposal, at: string, notice?: string): ActionResult =>
  doc === before ? unchanged(doc) : { doc, history: 'record', at, ...(notice ? { notice } : {}) };

/** Plain JSON rows: a JSON round trip is a faithful deep copy (core has no structuredClone type). */
export const cloneJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
