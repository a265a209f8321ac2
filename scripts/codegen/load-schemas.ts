// Reads every schema under schemas/ so that codegen, tests and benchmarks see the same set.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type JsonSchema = { [key: string]: unknown };

export interface SchemaFile {
  /** Path relative to schemas/, e.g. `sections/ente.schema.json`. */
  readonly file: string;
  readonly schema: JsonSchema;
}

export const SCHEMAS_DIR = new URL('../../schemas/', import.meta.url).pathname;
export const SCHEMA_BASE = 'https://proposta.invalid/schemas/';

export function loadSchemas(dir = SCHEMAS_DIR): SchemaFile[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();
  const sections = readdirSync(join(dir, 'sections'))
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((f) => `sections/${f}`);
  return [...files, ...sections].map((file) => ({
    file,
    schema: JSON.parse(readFileSync(join(dir, file), 'utf8')) as JsonSchema,
  }));
}

/** Section ids in file order, e.g. `ente`, from `sections/ente.schema.json`. */
export function sectionIds(schemas: SchemaFile[]): string[] {
  return schemas
    .filter((s) => s.file.startsWith('sections/'))
    .map((s) => s.file.slice('sections/'.length, -'.schema.json'.length));
}

export interface Resolved {
  readonly file: string;
  readonly schema: JsonSchema;
  /** The `$defs` name when the reference points inside a file. */
  readonly def?: string;
}

/** Resolves a `$ref` written in `fromFile` against the loaded set (relative paths and `#/$defs/x`). */
export function resolveRef(ref: string, fromFile: string, byFile: Map<string, SchemaFile>): Resolved {
  const [path = '', frag = ''] = ref.split('#');
  const dir = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/') + 1) : '';
  const file = path ? new URL(path, `https://x/${dir}`).pathname.slice(1) : fromFile;
  const target = byFile.get(file);
  if (!target) throw new Error(`$ref non risolto: ${ref} in ${fromFile}`);
  if (!frag) return { file, schema: target.schema };
  const def = frag.replace('/$defs/', '');
  const schema = (target.schema.$defs as Record<string, JsonSchema> | undefined)?.[def];
  if (!schema) throw new Error(`$ref non risolto: ${ref} in ${fromFile}`);
  return { file, schema, def };
}
