import type { DatiEnte, Partner, Proposal } from '../../generated/types';

/** One body of the proposal: the lead body or a partner Comune, with where it sits in the document. */
export interface Member {
  readonly pointer: string;
  readonly data: DatiEnte | Partner;
  /** How messages name it, in «»: its denomination, or its role when still unnamed. */
  readonly name: string;
}

/** The lead body, then every partner (partners count only in an aggregation). */
export function membersOf(doc: Proposal): Member[] {
  const lead: Member = {
    pointer: '/ente/capofila',
    data: doc.ente.capofila,
    name: `«${doc.ente.capofila.denominazione.trim() || 'ente proponente'}»`,
  };
  if (doc.ente.tipo !== 'aggregazione') return [lead];
  return [
    lead,
    ...doc.ente.partner.map((p, i) => ({
      pointer: `/ente/partner/${i}`,
      data: p,
      name: `«${p.denominazione.trim() || `Comune aggregato n. ${i + 1}`}»`,
    })),
  ];
}

/** RCO14: one per public body supported (an aggregation of 5 Comuni counts 5). */
export function countBodies(doc: Proposal): number {
  return membersOf(doc).length;
}
