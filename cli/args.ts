import type { CommandSpec } from './usage';

/** Parsed command line: positional arguments and `--name value` / `--flag` options. */
export interface Args {
  readonly positional: string[];
  readonly options: ReadonlyMap<string, string | true>;
  /** Every value of a repeated or list option (`--ca A --ca B`, `--firmati A B`). */
  readonly lists: ReadonlyMap<string, readonly string[]>;
}

/** Options that take a value when no spec is given; every other `--x` is a flag. */
const WITH_VALUE = new Set(['starter', 'alla-data', 'cartella', 'porta', 'dati', 'pdf', 'docx', 'out', 'p12', 'partner', 'entro', 'risolvi']);

/** A command line that does not fit the command's spec: the offending option, or a missing value. */
export type ArgsError = { unknown: string } | { missingValue: string };

export function parseArgs(argv: readonly string[], spec?: CommandSpec): Args | ArgsError {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  const takesValue = (n: string) => (spec ? spec.values.includes(n) || (spec.repeated ?? []).includes(n) : WITH_VALUE.has(n));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name = '', inline] = a.slice(2).split(/=(.*)/s, 2);
    if (spec && (spec.lists ?? []).includes(name)) {
      const values = inline !== undefined ? [inline] : [];
      while (inline === undefined && i + 1 < argv.length && !(argv[i + 1] ?? '').startsWith('--')) values.push(argv[++i] ?? '');
      if (values.length === 0) return { missingValue: a };
      lists.set(name, [...(lists.get(name) ?? []), ...values]);
      options.set(name, values[0] ?? '');
      continue;
    }
    if (spec && !takesValue(name) && !spec.flags.includes(name)) return { unknown: a };
    if (spec && spec.flags.includes(name) && inline !== undefined) return { unknown: a };
    let value: string | true = true;
    if (inline !== undefined) value = inline;
    else if (takesValue(name) && i + 1 < argv.length) value = argv[++i] ?? '';
    else if (spec && takesValue(name)) return { missingValue: a };
    options.set(name, value);
    if (typeof value === 'string') lists.set(name, [...(lists.get(name) ?? []), value]);
  }
  return { positional, options, lists };
}

/** The clock of the checks: now, or the date given with `--alla-data` (for reproducible reports). */
export function clockOf(args: Args): Date | null {
  const v = args.options.get('alla-data');
  if (v === undefined) return new Date();
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/.test(v)) return null;
  const d = new Date(v.length === 10 ? `${v}T12:00:00Z` : v);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The FILE argument and the clock of a checking command, or null after printing its usage. */
export function fileAndClock(args: Args, command: string, io: { err(line: string): void }): { file: string; now: Date } | null {
  const file = args.positional[0];
  const now = clockOf(args);
  if (!file || now === null) {
    io.err(`Uso: proposta ${command} FILE [--json] [--alla-data AAAA-MM-GG]`);
    return null;
  }
  return { file, now };
}
