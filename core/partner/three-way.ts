/**
 * Three-way merge of JSON values: base (what was sent), mine (the lead's document now) and theirs
 * (the partner's reply). A change on one side only is applied; the same change on both sides is
 * fine; different changes to the same field are a conflict, listed with the three values and
 * settled by the resolution (`mio` keeps the lead's, `loro` takes the partner's).
 */
import { sameJson } from '../derive/same-json';

/** Which side wins a conflict: one for all, or one per conflict path (unlisted paths keep the lead's). */
export type Side = 'mio' | 'loro';
export type Resolution = Side | { readonly perField: Readonly<Record<string, Side>> };

/** The side chosen for the conflict at `path`. */
export const sideFor = (resolution: Resolution, path: string): Side =>
  typeof resolution === 'string' ? resolution : (Object.hasOwn(resolution.perField, path) ? resolution.perField[path]! : 'mio');

/** True when the resolution settles every one of these conflicts (a per-field choice must name each). */
export const settles = (resolution: Resolution | undefined, conflicts: readonly Conflict[]): boolean =>
  conflicts.length === 0 || (resolution !== undefined && (typeof resolution === 'string' || conflicts.every((c) => Object.hasOwn(resolution.perField, c.path))));

/** One field (or row, or order of rows) changed differently on both sides. */
export interface Conflict {
  /** Where, by row ids rather than indexes (stable on both sides): `/banche/anagrafe/nome`, `/ente/pec`. */
  readonly path: string;
  readonly base: unknown;
  /** The lead's value; `null` when the lead removed the row. */
  readonly mine: unknown;
  /** The partner's value; `null` when the partner removed the row. */
  readonly theirs: unknown;
}

/** What a merge records besides its result. */
export interface MergeLog {
  readonly conflicts: Conflict[];
  /** Paths where the partner's change was applied. */
  readonly applied: string[];
}

// Compared in place, stopping at the first difference: serialising both sides of every row ran the merge 2× slower.
const same = sameJson;
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Merges one value; objects field by field, anything else (texts, numbers, lists of values) as a whole. */
export function mergeValue(base: unknown, mine: unknown, theirs: unknown, path: string, log: MergeLog, resolution: Resolution): unknown {
  if (same(mine, theirs)) return mine;
  if (same(base, theirs)) return mine;
  if (same(base, mine)) {
    log.applied.push(path);
    return theirs;
  }
  if (isPlain(mine) && isPlain(theirs)) {
    const b = isPlain(base) ? base : {};
    const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
    return Object.fromEntries(keys.map((k) => [k, mergeValue(b[k], mine[k], theirs[k], `${path}/${k}`, log, resolution)]));
  }
  log.conflicts.push({ path, base: base ?? null, mine, theirs });
  return sideFor(resolution, path) === 'mio' ? mine : theirs;
}

interface Row { readonly id: string }

/** The ids of `rows` that are also in every list of `others`, in the order of `rows`. */
const commonOrder = (rows: readonly Row[], ...others: ReadonlyArray<ReadonlySet<string>>): string[] =>
  rows.map((r) => r.id).filter((id) => others.every((o) => o.has(id)));

/**
 * Merges lists of rows matched by id: rows added on either side are kept, a row removed on one side
 * is removed unless the other side edited it (a conflict), rows on both sides merge field by field.
 * The order is the lead's unless only the partner reordered; both reordering differently is a conflict.
 */
export function mergeRows<T extends Row>(base: readonly T[], mine: readonly T[], theirs: readonly T[], path: string, log: MergeLog, resolution: Resolution): T[] {
  const b = new Map(base.map((r) => [r.id, r]));
  const m = new Map(mine.map((r) => [r.id, r]));
  const t = new Map(theirs.map((r) => [r.id, r]));
  const out = new Map<string, T>();
  for (const id of new Set([...m.keys(), ...t.keys(), ...b.keys()])) {
    const [rb, rm, rt] = [b.get(id), m.get(id), t.get(id)];
    const at = `${path}/${id}`;
    if (rm && rt) out.set(id, mergeValue(rb, rm, rt, at, log, resolution) as T);
    else if (rm && !rt && !rb) out.set(id, rm);
    else if (rt && !rm && !rb) {
      log.applied.push(at);
      out.set(id, rt);
    } else if (rm && rb && !rt) {
      // The partner removed the row: applied unless the lead edited it meanwhile.
      if (same(rb, rm)) log.applied.push(at);
      else {
        log.conflicts.push({ path: at, base: rb, mine: rm, theirs: null });
        if (sideFor(resolution, at) === 'mio') out.set(id, rm);
      }
    } else if (rt && rb && !rm && !same(rb, rt)) {
      log.conflicts.push({ path: at, base: rb, mine: null, theirs: rt });
      if (sideFor(resolution, at) === 'loro') out.set(id, rt);
    }
  }
  return ordered(base, mine, theirs, out, path, log, resolution);
}

function ordered<T extends Row>(base: readonly T[], mine: readonly T[], theirs: readonly T[], kept: Map<string, T>, path: string, log: MergeLog, resolution: Resolution): T[] {
  const ids = [new Set(base.map((r) => r.id)), new Set(mine.map((r) => r.id)), new Set(theirs.map((r) => r.id))] as const;
  const [ob, om, ot] = [commonOrder(base, ...ids), commonOrder(mine, ...ids), commonOrder(theirs, ...ids)];
  const mineMoved = !same(ob, om);
  const theirsMoved = !same(ob, ot);
  let primary = mine;
  let secondary = theirs;
  if (theirsMoved && !mineMoved) [primary, secondary] = [theirs, mine];
  else if (theirsMoved && mineMoved && !same(om, ot)) {
    log.conflicts.push({ path: `${path}#ordine`, base: ob, mine: om, theirs: ot });
    if (sideFor(resolution, `${path}#ordine`) === 'loro') [primary, secondary] = [theirs, mine];
  }
  if (primary === theirs && theirsMoved) log.applied.push(`${path}#ordine`);
  const result = primary.filter((r) => kept.has(r.id)).map((r) => r.id);
  // Rows only the other side has go after the row that precedes them there.
  secondary.forEach((r, i) => {
    if (!kept.has(r.id) || result.includes(r.id)) return;
    let j = i - 1;
    while (j >= 0 && !result.includes(secondary[j]!.id)) j--;
    result.splice(j < 0 ? 0 : result.indexOf(secondary[j]!.id) + 1, 0, r.id);
  });
  return result.map((id) => kept.get(id)!);
}
