/**
 * The checks a partner sees in its module: the same rules as the whole proposal, run on a proposal
 * made of the context and the partner's parts, keeping only the issues about those parts (a Comune
 * sees its own errors and none of anyone else's).
 */
import type { CallProfile, PartnerModule, Proposal } from '../generated/types';
import { emptyProposal } from '../proposal/empty';
import { validate } from '../validation/validate';
import type { Issue } from '../validation/issue';

/** A proposal holding only what the module carries: enough for every rule about the partner's parts. */
export function proposalOfModule(module: PartnerModule): Proposal {
  const doc = emptyProposal();
  const c = module.contesto;
  const p = module.parti;
  return {
    ...doc,
    id: module.proposta,
    ente: { ...doc.ente, tipo: 'aggregazione', capofila: { ...doc.ente.capofila, denominazione: c.capofila }, partner: [p.ente] },
    progetto: { ...doc.progetto, titolo: c.titolo, sintesi: c.sintesi, componentiQualificanti: c.componentiQualificanti as Proposal['progetto']['componentiQualificanti'], durataMesi: c.durataMesi, avvioPrevisto: c.avvioPrevisto },
    cronoprogramma: c.cronoprogramma,
    dati: { ...doc.dati, banche: [...p.banche] },
    budget: { ...doc.budget, voci: [...p.voci] },
    allegati: { elenco: [...p.allegati] },
  };
}

/**
 * The module after the partner edited `proposalOfModule(module)` in the editor: only `parti` is taken
 * from the document, so nothing outside the partner's parts can change through it (context, base,
 * ids and dates stay the module's). In that document every row is the partner's by construction, so
 * a row added there (whose owner defaults to the lead) or moved to another body becomes the
 * partner's, and its own record keeps the partner's id; other bodies' records are not carried.
 */
export function moduleWithProposal(module: PartnerModule, doc: Proposal): PartnerModule {
  const id = module.partner;
  const own = <T extends { readonly ente: string }>(rows: readonly T[]): T[] => rows.map((r) => ({ ...r, ente: id }));
  const ente = doc.ente.partner.find((p) => p.id === id) ?? doc.ente.partner[0] ?? module.parti.ente;
  const parti: PartnerModule['parti'] = { ente: { ...ente, id }, banche: own(doc.dati.banche), voci: own(doc.budget.voci), allegati: own(doc.allegati.elenco) };
  return { ...module, parti: JSON.parse(JSON.stringify(parti)) as PartnerModule['parti'] };
}

/** The document the partner edits, brought back to what its module can hold (after every change). */
export const partnerDocument = (module: PartnerModule, doc: Proposal): Proposal => proposalOfModule(moduleWithProposal(module, doc));

const MAP: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\/ente\/partner\/0(?=\/|$)/, '/parti/ente'],
  [/^\/dati\/banche\/(\d+)(?=\/|$)/, '/parti/banche/$1'],
  [/^\/budget\/voci\/(\d+)(?=\/|$)/, '/parti/voci/$1'],
  [/^\/allegati\/elenco\/(\d+)(?=\/|$)/, '/parti/allegati/$1'],
];

/** The issues of a partner's document (`proposalOfModule`) about the partner's parts, at their place in that document. */
export function partnerIssues(doc: Proposal, opts: { profile: CallProfile; now: Date }): Issue[] {
  return validate(doc, opts).filter((issue) => MAP.some(([re]) => re.test(issue.pointer)));
}

/** The issues of the partner's own parts, at their place in the module (`/parti/banche/0/nome`). */
export function validatePartnerModule(module: PartnerModule, opts: { profile: CallProfile; now: Date }): Issue[] {
  return partnerIssues(proposalOfModule(module), opts).map((issue) => {
    const m = MAP.find(([re]) => re.test(issue.pointer))!;
    return { ...issue, pointer: issue.pointer.replace(m[0], m[1]) };
  });
}
