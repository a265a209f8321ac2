// Derives, from the proposal schema, the Italian label (schema `title`) and format hint (`x-hint`) of
// every field, keyed by a pointer pattern where `*` stands for an array index. Messages use them.
import { resolveRef, type JsonSchema, type SchemaFile } from './load-schemas';

export type FieldKind = 'text' | 'textarea' | 'integer' | 'number' | 'boolean' | 'choice' | 'choices' | 'rows' | 'group';

export interface FieldLabel {
  readonly title?: string;
  readonly hint?: string;
  /** Italian labels of an enum's values (`x-options`). */
  readonly options?: Record<string, string>;
  /** What editor fits the field, from its type; the editor and the search use it. */
  readonly kind?: FieldKind;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly required?: boolean;
  /** The unit of a number (`x-unit`), e.g. `euro`: how the editor shows it. */
  readonly unit?: string;
  /** `upper` for codes written in capitals (codice fiscale, CUP): the editor stores what is typed in capitals. */
  readonly case?: 'upper';
  /** A number that may be left empty (its type includes null). */
  readonly nullable?: boolean;
  /** `date` or `month`: a text holding an ISO date (AAAA-MM-GG) or month (AAAA-MM), edited with the calendar. */
  readonly input?: 'date' | 'month';
}

/** Longer texts than this get a multi-line editor. */
const TEXTAREA_FROM = 300;

function kindOf(s: JsonSchema): Partial<FieldLabel> {
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string | undefined];
  const main = types.find((t) => t !== 'null');
  if (main === 'string' || (main === undefined && Array.isArray(s.enum))) {
    if (Array.isArray(s.enum)) return { kind: 'choice' };
    const max = s.maxLength as number | undefined;
    return { kind: max !== undefined && max > TEXTAREA_FROM ? 'textarea' : 'text', maxLength: max, required: (s.minLength as number | undefined) === 1 || undefined };
  }
  if (main === 'integer' || main === 'number') {
    return { kind: main, minimum: s.minimum as number | undefined, maximum: s.maximum as number | undefined, nullable: types.includes('null') || undefined };
  }
  if (main === 'boolean') return { kind: 'boolean' };
  if (main === 'array') {
    const items = s.items as JsonSchema | undefined;
    return { kind: items && Array.isArray(items.enum) ? 'choices' : 'rows' };
  }
  if (main === 'object') return { kind: 'group' };
  return {};
}

function walk(
  s: JsonSchema,
  file: string,
  pointer: string,
  byFile: Map<string, SchemaFile>,
  out: Map<string, FieldLabel>,
  inherited: FieldLabel,
): void {
  const label: FieldLabel = {
    title: (s.title as string | undefined) ?? inherited.title,
    hint: (s['x-hint'] as string | undefined) ?? inherited.hint,
    options: (s['x-options'] as Record<string, string> | undefined) ?? inherited.options,
    unit: (s['x-unit'] as string | undefined) ?? inherited.unit,
    case: (s['x-case'] as 'upper' | undefined) ?? inherited.case,
    input: (s['x-input'] as 'date' | 'month' | undefined) ?? inherited.input,
    ...(s.$ref ? {} : kindOf(s)),
  };
  if (typeof s.$ref === 'string') {
    const r = resolveRef(s.$ref, file, byFile);
    walk(r.schema, r.file, pointer, byFile, out, label);
    return;
  }
  const compact = Object.fromEntries(Object.entries(label).filter(([, v]) => v !== undefined)) as FieldLabel;
  if (pointer && Object.keys(compact).length > 0) out.set(pointer, compact);
  const props = s.properties as Record<string, JsonSchema> | undefined;
  for (const [key, p] of Object.entries(props ?? {})) walk(p, file, `${pointer}/${key}`, byFile, out, {});
  if (s.items) walk(s.items as JsonSchema, file, `${pointer}/*`, byFile, out, {});
}

/** The value a new, empty field gets: what the editor shows before the officer types. */
function defaultOf(s: JsonSchema, file: string, byFile: Map<string, SchemaFile>): unknown {
  if (typeof s.$ref === 'string') {
    const r = resolveRef(s.$ref, file, byFile);
    return defaultOf(r.schema, r.file, byFile);
  }
  if ('const' in s) return s.const;
  if ('default' in s) return s.default;
  if (Array.isArray(s.enum)) return s.enum.includes('') ? '' : s.enum[0];
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  if (types.includes('null')) return null;
  switch (types[0]) {
    case 'string': return '';
    case 'integer':
    case 'number': return (s.minimum as number | undefined) ?? 0;
    case 'boolean': return false;
    case 'array': return [];
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, JsonSchema>;
      return Object.fromEntries(Object.entries(props).map(([k, p]) => [k, defaultOf(p, file, byFile)]));
    }
    default: throw new Error(`tipo senza valore iniziale in ${file}`);
  }
}

function collectRows(s: JsonSchema, file: string, pointer: string, byFile: Map<string, SchemaFile>, out: Map<string, unknown>): void {
  if (typeof s.$ref === 'string') {
    const r = resolveRef(s.$ref, file, byFile);
    collectRows(r.schema, r.file, pointer, byFile, out);
    return;
  }
  for (const [key, p] of Object.entries((s.properties ?? {}) as Record<string, JsonSchema>)) collectRows(p, file, `${pointer}/${key}`, byFile, out);
  const items = s.items as JsonSchema | undefined;
  if (!items) return;
  const item = typeof items.$ref === 'string' ? resolveRef(items.$ref, file, byFile) : { schema: items, file };
  if (item.schema.type === 'object') {
    out.set(pointer, defaultOf(item.schema, item.file, byFile));
    collectRows(item.schema, item.file, `${pointer}/*`, byFile, out);
  }
}

/** Every field of the proposal by pointer pattern, and the empty row of each list. */
export function collectLabels(schemas: SchemaFile[]): { labels: Map<string, FieldLabel>; templates: Map<string, unknown> } {
  const byFile = new Map(schemas.map((s) => [s.file, s]));
  const root = byFile.get('proposal.schema.json');
  if (!root) throw new Error('schemas/proposal.schema.json mancante');
  const labels = new Map<string, FieldLabel>();
  walk(root.schema, root.file, '', byFile, labels, {});
  const templates = new Map<string, unknown>();
  collectRows(root.schema, root.file, '', byFile, templates);
  return { labels, templates };
}

export function renderLabels(schemas: SchemaFile[]): string {
  const { labels: out, templates } = collectLabels(schemas);
  const rows = [...out].map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  const templateRows = [...templates].map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  return [
    '// Generated by scripts/codegen.ts from schemas/ — do not edit.',
    '',
    '/** Label and format hint of each field, by pointer pattern (`*` = any array index). */',
    'export interface FieldLabel {',
    '  readonly title?: string;',
    '  readonly hint?: string;',
    '  readonly options?: Readonly<Record<string, string>>;',
    "  readonly kind?: 'text' | 'textarea' | 'integer' | 'number' | 'boolean' | 'choice' | 'choices' | 'rows' | 'group';",
    '  readonly maxLength?: number;',
    '  readonly minimum?: number;',
    '  readonly maximum?: number;',
    '  readonly required?: boolean;',
    '  readonly unit?: string;',
    "  readonly case?: 'upper';",
    '  readonly nullable?: boolean;',
    "  readonly input?: 'date' | 'month';",
    '}',
    '',
    'export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {',
    ...rows,
    '};',
    '',
    '/** The empty row of each list (`*` = any array index), for «Aggiungi»: `id` is filled by the command. */',
    'export const ROW_TEMPLATES: Readonly<Record<string, unknown>> = {',
    ...templateRows,
    '};',
    '',
  ].join('\n');
}
