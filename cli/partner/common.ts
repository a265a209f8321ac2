import { loadProposal } from '../../services/app/open';
import type { OpenedProposal } from '../../services/files/open';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost } from '../host';
import { renderReport } from '../report';

import { PARTNER_USAGE as USAGE } from '../usage';

export { USAGE };

/** The options a subcommand accepts: anything else is refused with the usage (exit 2). */
export function unknownOptions(args: Args, allowed: readonly string[]): string[] {
  return [...args.options.keys()].filter((k) => !allowed.includes(k));
}

export function misuse(io: Io, detail?: string): number {
  if (detail) io.err(detail);
  io.err(USAGE);
  return EXIT.unreadable;
}

/** Loads the lead's proposal, or prints why not and returns the exit code. */
export async function loadLead(file: string, now: Date, io: Io): Promise<{ loaded: Extract<OpenedProposal, { ok: true }> } | { code: number }> {
  const r = await loadProposal(commandHost(now), file);
  if (r.ok) return { loaded: r };
  io.err(`${file}: ${r.error.message} [${r.error.code}]`);
  for (const l of renderReport(r.issues)) io.err(l);
  return { code: r.error.code === 'STRUTTURA_NON_VALIDA' ? EXIT.invalid : EXIT.unreadable };
}
