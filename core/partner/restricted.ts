/**
 * The checks a partner sees in its module: the same rules as the whole proposal, run on a proposal
 * made of the context and the partner's parts, keeping only the issues about those parts (a Comune
 * sees its own errors and none of anyone else's). Pointers are the module's (`/parti/banche/0/nome`).
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

const MAP: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\/ente\/partner\/0(?=\/|$)/, '/parti/ente'],
  [/^\/dati\/banche\/(\d+)(?=\/|$)/, '/parti/banche/$1'],
  [/^\/budget\/voci\/(\d+)(?=\/|$)/, '/parti/voci/$1'],
  [/^\/allegati\/elenco\/(\d+)(?=\/|$)/, '/parti/allegati/$1'],
];

/** The issues of the partner's own parts, at their place in the module. */
export function validatePartnerModule(module: PartnerModule, opts: { profile: CallProfile; now: Date }): Issue[] {
  return validate(proposalOfModule(module), opts).flatMap((issue) => {
    const m = MAP.find(([re]) => re.test(issue.pointer));
    return m ? [{ ...issue, pointer: issue.pointer.replace(m[0], m[1]) }] : [];
  });
}
