import type { CallProfile, Proposal } from '../generated/types';
import { migrate } from '../migrations';
import type { JsonObject } from '../migrations/types';
import type { Issue } from '../validation/issue';
import { isStructuralIssue } from '../validation/schema-issues';
import { validate } from '../validation/validate';
import { loadError, type LoadError } from './load-errors';
import { SCHEMA_VERSION } from './version';

export type LoadResult =
  | {
      ok: true;
      doc: Proposal;
      issues: Issue[];
      /** The version the file had when older than this build; null when current. */
      migratedFrom: number | null;
      /** Italian notes of the migrations applied, for the officer. */
      notes: string[];
    }
  | { ok: false; error: LoadError; issues: Issue[] };

/** A forbidden key, or any \u escape (which could spell one: "\u005f_proto__" is "__proto__"). */
const FORBIDDEN = /"(?:__proto__|constructor|prototype)"\s*:|\\u/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (error: LoadError, issues: Issue[] = []): LoadResult => ({ ok: false, error, issues });

function lineCol(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return ` (riga ${line}, colonna ${pos - before.lastIndexOf('\n')})`;
}

/** JSON.parse that refuses `__proto__`, `constructor` and `prototype` keys and never throws. */
export function parseJsonSafely(text: string): { ok: true; value: unknown } | { ok: false; error: LoadError } {
  try {
    let forbidden = '';
    // The reviver is slow; run it only when a forbidden key may be there.
    const reviver = FORBIDDEN.test(text)
      ? function (this: unknown, key: string, value: unknown) {
          if (FORBIDDEN_KEYS.has(key)) forbidden ||= key;
          return value;
        }
      : undefined;
    const value: unknown = JSON.parse(text, reviver);
    if (forbidden) return { ok: false, error: loadError('CHIAVE_VIETATA', ` («${forbidden}»)`) };
    return { ok: true, value };
  } catch (e) {
    const msg = e instanceof Error ? e.message : '';
    if (/end of JSON input|Unterminated string/i.test(msg)) return { ok: false, error: loadError('JSON_TRONCATO') };
    const pos = /position (\d+)/.exec(msg);
    return { ok: false, error: loadError('JSON_NON_VALIDO', pos ? lineCol(text, Number(pos[1])) : '') };
  }
}

/**
 * Text of a proposal file -> typed proposal: parse, refuse hostile keys, migrate, validate.
 * Never throws. Nothing is written: an upgraded document is saved only when the officer saves.
 */
export function parseProposalText(text: string, opts: { profile: CallProfile; now: Date }): LoadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail(loadError('FILE_VUOTO'));
  const parsed = parseJsonSafely(body);
  if (!parsed.ok) return fail(parsed.error);
  const m = migrate(parsed.value);
  if (!m.ok) {
    return m.code === 'VERSIONE_PIU_RECENTE'
      ? fail(loadError('VERSIONE_PIU_RECENTE', ` (formato ${m.found ?? '?'}, questa versione legge fino al ${SCHEMA_VERSION})`))
      : fail(loadError('NON_UNA_PROPOSTA'));
  }
  return checked(m.doc, m.from, opts, m.applied.map((x) => x.description));
}

function checked(doc: JsonObject, from: number, opts: { profile: CallProfile; now: Date }, notes: string[]): LoadResult {
  const issues = validate(doc, opts);
  if (issues.some(isStructuralIssue)) return fail(loadError('STRUTTURA_NON_VALIDA'), issues);
  return { ok: true, doc: doc as unknown as Proposal, issues, migratedFrom: from < SCHEMA_VERSION ? from : null, notes };
}

