import type { Proposal } from '../../core';

/** Serialized form: stable key order (the document's own), two-space indent, final newline. */
export function serializeProposal(doc: Proposal): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
