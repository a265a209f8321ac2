import { outputPolicy, preflight, writeOutput } from '../../services/app/output';
import { moduleSummaryPdf, partnerSummaryPdf } from '../../services/partner/summary';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost, refusal } from '../host';
import { loadLead, misuse, unknownOptions } from './common';

/**
 * `partner riepilogo`: the one-page PDF of a partner's contribution, for its legal representative to
 * sign; from the lead's proposal with --partner, or from the module the partner holds. The output is
 * checked before the work and written carefully (an existing file only with --sovrascrivi).
 */
export async function partnerSummary(args: Args, io: Io): Promise<number> {
  const bad = unknownOptions(args, ['partner', 'out', 'sovrascrivi']);
  if (bad.length) return misuse(io, `Opzione non riconosciuta: ${bad.map((b) => `--${b}`).join(' ')}.`);
  const [file] = args.positional;
  const partner = args.options.get('partner');
  const out = args.options.get('out');
  if (!file || args.positional.length !== 1 || typeof out !== 'string' || (partner !== undefined && typeof partner !== 'string')) return misuse(io);
  const now = new Date();
  const host = commandHost(now);
  const policy = await outputPolicy(host, args.options.has('sovrascrivi'), [file]);
  const ready = await preflight(out, policy);
  if (!ready.ok) {
    io.err(refusal(ready.error, out));
    return EXIT.unreadable;
  }
  let made;
  if (typeof partner === 'string') {
    const lead = await loadLead(file, now, io);
    if ('code' in lead) return lead.code;
    made = await partnerSummaryPdf({ doc: lead.loaded.doc, partnerId: partner });
  } else {
    made = await moduleSummaryPdf(file);
  }
  if (!made.ok) {
    io.err(`${file}: ${made.message} [${made.code}]`);
    return made.code.startsWith('PARTNER_') || made.code.startsWith('MODULO_') ? EXIT.invalid : EXIT.unreadable;
  }
  const w = await writeOutput(host, out, made.bytes, policy);
  if (!w.ok) {
    io.err(refusal(w.error, out));
    return EXIT.unreadable;
  }
  io.out(`Riepilogo del contributo (${made.partner}): ${out}`);
  return EXIT.ok;
}
