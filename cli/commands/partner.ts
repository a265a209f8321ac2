import type { Args } from '../args';
import type { Io } from '../exit';
import { misuse } from '../partner/common';
import { partnerExport } from '../partner/export';
import { partnerImport } from '../partner/import';
import { partnerSign } from '../partner/sign';
import { partnerStatus } from '../partner/status';
import { partnerSummary } from '../partner/summary';

const SUBCOMMANDS = { export: partnerExport, import: partnerImport, status: partnerStatus, firma: partnerSign, riepilogo: partnerSummary } as const;

/** `proposta partner export|import|status|firma|riepilogo`: the modules of the Comuni of an aggregation and their replies. */
export async function partnerCommand(args: Args, io: Io): Promise<number> {
  const [sub, ...positional] = args.positional;
  const run = sub && Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub as keyof typeof SUBCOMMANDS] : undefined;
  if (!run) return misuse(io, sub ? `Sottocomando sconosciuto: «${sub}».` : undefined);
  return run({ ...args, positional }, io);
}
