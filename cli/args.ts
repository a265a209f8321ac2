/** Parsed command line: positional arguments and `--name value` / `--flag` options. */
export interface Args {
  readonly positional: string[];
  readonly options: ReadonlyMap<string, string | true>;
}

/** Options that take a value; every other `--x` is a flag. */
const WITH_VALUE = new Set(['starter', 'alla-data', 'cartella', 'porta', 'dati', 'pdf', 'docx', 'out', 'p12', 'partner', 'entro', 'risolvi']);

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith('--')) {
      const [name = '', inline] = a.slice(2).split(/=(.*)/s, 2);
      if (inline !== undefined) options.set(name, inline);
      else if (WITH_VALUE.has(name) && i + 1 < argv.length) options.set(name, argv[++i] ?? '');
      else options.set(name, true);
    } else positional.push(a);
  }
  return { positional, options };
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
