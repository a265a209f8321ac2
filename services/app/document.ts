import {
  fieldLabel, fieldPath, formatInteger, isStructuralIssue, pointerOf, validate,
  type CallProfile, type Issue, type Proposal,
} from '../../core';
import { fail, type Failure } from './reply';

/**
 * Beyond any amount, population or count a proposal can hold (a million billion): past it sums
 * reach Infinity and messages print "Infinity". The call's own maxima are the schema's; this only
 * keeps absurd values (1e308) out of every service.
 */
export const MAX_MAGNITUDE = 1e15;
/** A text without a schema limit longer than this is not one an officer wrote. */
const MAX_UNLIMITED_TEXT = 20_000;

/** Calls `leaf` on every number and string of a JSON value with its pointer. */
function visit(v: unknown, pointer: string, leaf: (value: number | string, pointer: string) => void): void {
  if (typeof v === 'number' || typeof v === 'string') leaf(v, pointer);
  else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${pointer}/${i}`, leaf));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) visit(x, pointer + pointerOf(k), leaf);
}

/** Numbers no service may compute with: not finite, or larger than MAX_MAGNITUDE. */
export function outOfScale(doc: unknown): Issue[] {
  const found: Issue[] = [];
  visit(doc, '', (v, pointer) => {
    if (typeof v !== 'number' || (Number.isFinite(v) && Math.abs(v) <= MAX_MAGNITUDE)) return;
    found.push({
      code: 'NUMERO_FUORI_SCALA', severity: 'errore', pointer,
      message: `«${fieldPath(pointer)}» contiene un numero fuori scala (oltre un milione di miliardi): correggi il valore.`,
    });
  });
  return found;
}

/**
 * Texts far beyond their limit (more than twice the schema's maxLength): a dossier lays them out on
 * every page they reach (a 10 MB title would take minutes and thousands of pages), so exports and
 * packages refuse them. A text slightly too long is an ordinary error of a draft and is exported.
 */
export function farTooLong(doc: unknown): Issue[] {
  const found: Issue[] = [];
  visit(doc, '', (v, pointer) => {
    if (typeof v !== 'string') return;
    const max = fieldLabel(pointer)?.maxLength;
    if (v.length <= (max ? 2 * max : MAX_UNLIMITED_TEXT)) return;
    found.push({
      code: 'TESTO_TROPPO_LUNGO', severity: 'errore', pointer,
      message: `«${fieldPath(pointer)}» è lungo ${formatInteger(v.length)} caratteri${max ? `, oltre il doppio del limite di ${formatInteger(max)}` : ''}: accorcialo.`,
    });
  });
  return found;
}

export type Checked = { ok: true; doc: Proposal; issues: Issue[] } | Failure;

/**
 * The first step of every operation that receives a document (save, save as, export, package,
 * recovery): the same check and the same code, PROPOSTA_NON_VALIDA, on every host. Main never
 * trusts what the window sends; drafts with open errors pass, only a malformed document (schema
 * types, required or unknown fields) or absurd numbers stop. `forOutput` adds far too long texts.
 * `what` completes the message: what did not happen.
 */
export function checkDocument(doc: Proposal, opts: { profile: CallProfile; now: Date; forOutput?: boolean }, what: string): Checked {
  const issues = validate(doc, opts);
  const blocking = [...issues.filter(isStructuralIssue), ...outOfScale(doc), ...(opts.forOutput ? farTooLong(doc) : [])];
  if (blocking.length === 0) return { ok: true, doc, issues };
  return fail(
    'PROPOSTA_NON_VALIDA',
    `La proposta non ha la forma prevista (${blocking.length === 1 ? '1 problema' : `${blocking.length} problemi`}, ad esempio: ${blocking[0]?.message}) e ${what}.`,
    blocking,
  );
}
