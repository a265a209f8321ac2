import { SCHEMA_VERSION } from '../proposal/version';
import { migration002 } from './002-popolazione-dichiarata';
import { migration003 } from './003-aliquota-iva';
import { migration004 } from './004-questionari-ia';
import { isObject, type JsonObject, type Migration } from './types';

/** Every step, in order, with no gaps: MIGRATIONS[i].to === i + 2. */
export const MIGRATIONS: readonly Migration[] = [migration002, migration003, migration004];

export type MigrationResult =
  | { ok: true; doc: JsonObject; from: number; applied: readonly Migration[] }
  | { ok: false; code: 'VERSIONE_MANCANTE' | 'VERSIONE_PIU_RECENTE'; found?: number };

/**
 * Brings a parsed document up to SCHEMA_VERSION. A newer document is refused, never rewritten:
 * an older app must not drop what a newer one wrote.
 */
export function migrate(data: unknown): MigrationResult {
  if (!isObject(data) || !Number.isInteger(data.schemaVersion) || (data.schemaVersion as number) < 1) {
    return { ok: false, code: 'VERSIONE_MANCANTE' };
  }
  const from = data.schemaVersion as number;
  if (from > SCHEMA_VERSION) return { ok: false, code: 'VERSIONE_PIU_RECENTE', found: from };
  let doc = data;
  const applied = MIGRATIONS.filter((m) => m.to > from);
  for (const m of applied) doc = m.up(doc);
  return { ok: true, doc, from, applied };
}
