import type { ErrorObject } from 'ajv';
import { formatInteger } from '../derive/number-text';
import { SCHEMA_KEYWORDS } from '../generated/schema-codes';
import type { SchemaCode } from './codes';
import type { Issue } from './issue';
import { hintOf, quotedField } from './labels';
import { pointerOf, valueAt } from './pointer';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'un testo',
  integer: 'un numero intero',
  number: 'un numero',
  boolean: 'sì o no',
  array: 'un elenco',
  object: 'un gruppo di campi',
  null: 'vuoto',
};

/**
 * Schema findings after which the document is not one the editor can show or save: wrong types,
 * missing or unknown fields. (Too long, badly formatted or out-of-range values are editable.)
 */
export function isStructuralIssue(issue: Issue): boolean {
  return /^SCHEMA_(TYPE|REQUIRED|CONST|ADDITIONALPROPERTIES)$/.test(issue.code);
}

const fmt = formatInteger;

function pointerOfError(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') return e.instancePath + pointerOf(String(p.missingProperty));
  if (e.keyword === 'additionalProperties') return e.instancePath + pointerOf(String(p.additionalProperty));
  return e.instancePath;
}

function describe(e: ErrorObject, pointer: string, doc: unknown): string {
  const field = quotedField(pointer);
  const p = e.params as Record<string, number | string | string[] | undefined>;
  switch (e.keyword) {
    case 'required':
      return `Manca il campo ${field}: aggiungilo e compilalo.`;
    case 'additionalProperties':
      return `Il campo ${field} non fa parte del modello della proposta: rimuovilo (il file potrebbe venire da un altro programma o essere stato modificato a mano).`;
    case 'type': {
      const wanted = String(p.type).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' oppure ');
      return `${field} deve essere ${wanted}: correggi il valore.`;
    }
    case 'minLength':
      return Number(p.limit) <= 1
        ? `${field} è obbligatorio: compilalo.`
        : `${field} è troppo breve: servono almeno ${fmt(Number(p.limit))} caratteri.`;
    case 'maxLength': {
      const v = valueAt(doc, pointer);
      const now = typeof v === 'string' ? ` (ora sono ${fmt([...v].length)})` : '';
      return `${field} supera il limite di ${fmt(Number(p.limit))} caratteri${now}: accorcia il testo.`;
    }
    case 'pattern':
    case 'format': {
      const hint = hintOf(pointer);
      return hint ? `${field} non è nel formato atteso: inserisci ${hint}.` : `${field} non è nel formato atteso: correggi il valore.`;
    }
    case 'enum':
    case 'const':
      return `${field} ha un valore non previsto: scegli una delle opzioni proposte.`;
    case 'minimum':
      return `${field} deve essere almeno ${fmt(Number(p.limit))}.`;
    case 'maximum':
      return `${field} non può superare ${fmt(Number(p.limit))}.`;
    case 'minItems':
      return Number(p.limit) <= 1
        ? `${field}: aggiungi almeno un elemento.`
        : `${field}: servono almeno ${fmt(Number(p.limit))} elementi.`;
    case 'maxItems':
      return `${field}: sono ammessi al massimo ${fmt(Number(p.limit))} elementi; rimuovi quelli in eccesso.`;
    case 'uniqueItems':
      return `${field} contiene valori ripetuti: rimuovi i doppioni.`;
    default:
      return `${field} non è valido: controlla il valore.`;
  }
}

const KEYWORDS: ReadonlySet<string> = new Set(SCHEMA_KEYWORDS);

/** `SCHEMA_<KEYWORD>` for the keywords our schemas use (all of them, by construction of codegen). */
function schemaCode(keyword: string): SchemaCode {
  return KEYWORDS.has(keyword) ? (`SCHEMA_${keyword.toUpperCase()}` as SchemaCode) : 'SCHEMA_ALTRO';
}

/** Italian issues from the errors of a standalone ajv validator. Code: `SCHEMA_<KEYWORD>`. */
export function schemaIssues(errors: readonly ErrorObject[] | null | undefined, doc: unknown): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const e of errors ?? []) {
    // `if`/`anyOf` wrappers repeat what their inner errors already say.
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    const pointer = pointerOfError(e);
    const code = schemaCode(e.keyword);
    const key = `${code}\u0000${pointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code, severity: 'errore', pointer, message: describe(e, pointer, doc) });
  }
  return out;
}
