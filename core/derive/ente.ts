import type { CallProfile, DatiEnte, Partner, Proposal } from '../generated/types';
import { findComuneByIstat } from '../reference/comuni';

/** One body of the proposal: the lead body or a partner Comune, with where it sits in the document. */
export interface Member {
  /** `capofila` or the partner's row id: what budget lines point at. */
  readonly id: string;
  readonly pointer: string;
  readonly data: DatiEnte | Partner;
  /** Its name as the officer reads it: the denomination, or its role while still unnamed. */
  readonly label: string;
  /** The same in «», as messages quote it. */
  readonly name: string;
}

const LEAD_FALLBACK = 'Ente proponente';
const partnerFallback = (i: number): string => `Comune aggregato n. ${i + 1}`;

/** The lead body, then every partner (partners count only in an aggregation). */
export function membersOf(doc: Proposal): Member[] {
  const leadLabel = doc.ente.capofila.denominazione.trim() || LEAD_FALLBACK;
  const lead: Member = { id: 'capofila', pointer: '/ente/capofila', data: doc.ente.capofila, label: leadLabel, name: `«${leadLabel}»` };
  if (doc.ente.tipo !== 'aggregazione') return [lead];
  return [
    lead,
    ...doc.ente.partner.map((p, i) => {
      const label = p.denominazione.trim() || partnerFallback(i);
      return { id: p.id, pointer: `/ente/partner/${i}`, data: p, label, name: `«${label}»` };
    }),
  ];
}

/** RCO14: one per public body supported (an aggregation of 5 Comuni counts 5). */
export function countBodies(doc: Proposal): number {
  return membersOf(doc).length;
}

/**
 * A body's name where room is short (a table cell): without «Comune di », which says nothing there, since
 * bodies share a list only in an aggregation, and every body of an aggregation is a Comune. «Galatina» and
 * «Galatone» stay apart where «Comune di Galati…» would not.
 */
export const shortBodyLabel = (label: string): string => label.replace(/^Comune di\s+/i, '') || label;

/** The bodies a budget line may be charged to, as [id, name] pairs, named as the line's narrow cell shows them. */
export function bodyOptions(doc: Proposal): Array<[string, string]> {
  return membersOf(doc).map((m) => [m.id, shortBodyLabel(m.label)]);
}

/** The name of the body with that id (`capofila` or a partner id); the id itself when unknown. */
export function bodyName(doc: Proposal, id: string): string {
  if (id === 'capofila') return doc.ente.capofila.denominazione.trim() || LEAD_FALLBACK;
  const i = doc.ente.partner.findIndex((p) => p.id === id);
  return i < 0 ? id : doc.ente.partner[i]!.denominazione.trim() || partnerFallback(i);
}

/** Who applies, in one line: "Comune di Galatina (capofila) con Comune di Soleto, Comune di …". */
export function applicantPhrase(doc: Proposal): string {
  const [lead, ...partners] = membersOf(doc);
  if (!lead) return LEAD_FALLBACK;
  return partners.length ? `${lead.label} (capofila) con ${partners.map((p) => p.label).join(', ')}` : lead.label;
}

/** Why a body's population does not count towards an aggregation's threshold. */
export type ExclusionReason = 'istat-mancante' | 'fuori-puglia' | 'duplicato' | 'popolazione-mancante' | 'popolazione-non-valida';

export interface PopulationSum {
  /** Declared population summed over the distinct Comuni of Puglia. */
  readonly sum: number;
  readonly counted: readonly Member[];
  readonly excluded: ReadonlyArray<{ readonly member: Member; readonly reason: ExclusionReason; readonly sameAs?: Member }>;
}

/** Largest population a declared figure may have (the schema's maximum). */
export const MAX_POPULATION = 100_000_000;

const validPopulation = (v: number | null): v is number => v !== null && Number.isInteger(v) && v >= 0 && v <= MAX_POPULATION;

/**
 * The population an aggregation declares: every distinct Comune of Puglia (by ISTAT code) counted once;
 * a body without ISTAT code, outside Puglia, already listed, or without a valid figure does not count,
 * and says why. The editor, the rules, the eligibility report and the dossier all read this sum.
 */
export function aggregationPopulation(doc: Proposal): PopulationSum {
  const counted: Member[] = [];
  const excluded: Array<PopulationSum['excluded'][number]> = [];
  const seen = new Map<string, Member>();
  let sum = 0;
  for (const m of membersOf(doc)) {
    const code = m.data.codiceIstat.trim();
    const first = seen.get(code);
    if (code === '') excluded.push({ member: m, reason: 'istat-mancante' });
    else if (first) excluded.push({ member: m, reason: 'duplicato', sameAs: first });
    else if (!findComuneByIstat(code)) excluded.push({ member: m, reason: 'fuori-puglia' });
    else {
      seen.set(code, m);
      const v = m.data.popolazione.valore;
      if (v === null) excluded.push({ member: m, reason: 'popolazione-mancante' });
      else if (!validPopulation(v)) excluded.push({ member: m, reason: 'popolazione-non-valida' });
      else {
        counted.push(m);
        sum += v;
      }
    }
  }
  return { sum, counted, excluded };
}

/** The distinct Comuni of Puglia an aggregation names (a Comune without a population still counts as one). */
export function distinctComuni(doc: Proposal): number {
  return new Set(membersOf(doc).map((m) => m.data.codiceIstat.trim()).filter((c) => findComuneByIstat(c))).size;
}

export type PopulationVerdict =
  | { readonly kind: 'esente' }
  | {
      readonly kind: 'comune' | 'aggregazione';
      /** The declared population that counts (an aggregation's sum); null while a Comune has not validly declared it. */
      readonly popolazione: number | null;
      /** The call's threshold; null while the call profile leaves it unknown. */
      readonly soglia: number | null;
      /** Whether the threshold is reached; null when either figure is unknown. */
      readonly raggiunta: boolean | null;
      /** For an aggregation: who counts and who does not. */
      readonly somma?: PopulationSum;
    };

/** Whether the declared population reaches the call's threshold, for this kind of body. */
export function populationVerdict(doc: Proposal, profile: CallProfile): PopulationVerdict {
  const { tipo } = doc.ente;
  const soglia = profile.ammissibilita.popolazioneMinima;
  if (profile.ammissibilita.tipiEsentiDaSoglia.includes(tipo)) return { kind: 'esente' };
  if (tipo === 'aggregazione') {
    const somma = aggregationPopulation(doc);
    return { kind: 'aggregazione', popolazione: somma.sum, soglia, raggiunta: soglia === null ? null : somma.sum >= soglia, somma };
  }
  const v = doc.ente.capofila.popolazione.valore;
  const popolazione = validPopulation(v) ? v : null;
  return { kind: 'comune', popolazione, soglia, raggiunta: soglia === null || popolazione === null ? null : popolazione >= soglia };
}
