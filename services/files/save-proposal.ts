import { isStructuralIssue, touchProposal, validate, type CallProfile, type Proposal } from '../../core';
import { writeFileAtomic, type SaveResult } from './save';

/** Serialized form: stable key order (the document's own), two-space indent, final newline. */
export function serializeProposal(doc: Proposal): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export type SaveProposalResult =
  | SaveResult
  | { ok: false; error: { code: 'PROPOSTA_NON_VALIDA'; message: string } };

/**
 * Saves a proposal atomically after checking its shape again (main never trusts what the window
 * sends). Drafts with open errors are saved: only a malformed document is refused.
 */
export async function saveProposal(
  path: string,
  doc: Proposal,
  opts: { profile: CallProfile; now: Date },
): Promise<SaveProposalResult> {
  const stamped = touchProposal(doc, opts.now);
  const structural = validate(stamped, opts).filter(isStructuralIssue);
  if (structural.length > 0) {
    return {
      ok: false,
      error: {
        code: 'PROPOSTA_NON_VALIDA',
        message: `La proposta non ha la forma prevista (${structural.length} problemi, ad esempio ${structural[0]?.message}): non è stata salvata e il file precedente è rimasto com'era.`,
      },
    };
  }
  return writeFileAtomic(path, new TextEncoder().encode(serializeProposal(stamped)));
}
