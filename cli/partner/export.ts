import { join } from 'node:path';
import { formatDate } from '../../core';
import { preparePartnerModules, REQUESTED_BY } from '../../services/app/partner-modules';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost, refusal } from '../host';
import { loadLead, misuse, unknownOptions } from './common';

/**
 * `partner export`: one module per partner asked for, each with a fresh request id, recorded in the
 * proposal (which is saved, carefully, first): services/app/partner-modules, as the editor does.
 * Every target is checked before anything is written: an existing module is replaced only with --sovrascrivi.
 */
export async function partnerExport(args: Args, io: Io): Promise<number> {
  const bad = unknownOptions(args, ['partner', 'out', 'tutti', 'cartella', 'entro', 'sovrascrivi']);
  if (bad.length) return misuse(io, `Opzione non riconosciuta: ${bad.map((b) => `--${b}`).join(' ')}.`);
  const [file] = args.positional;
  const [partner, out, all, folder] = ['partner', 'out', 'tutti', 'cartella'].map((k) => args.options.get(k));
  const entro = args.options.get('entro') ?? '';
  const single = typeof partner === 'string' && typeof out === 'string' && all === undefined && folder === undefined;
  const every = all === true && typeof folder === 'string' && partner === undefined && out === undefined;
  if (!file || args.positional.length !== 1 || (!single && !every) || typeof entro !== 'string' || (entro !== '' && !REQUESTED_BY.test(entro))) return misuse(io);
  const now = new Date();
  const lead = await loadLead(file, now, io);
  if ('code' in lead) return lead.code;
  const r = await preparePartnerModules(commandHost(now), {
    doc: lead.loaded.doc,
    partners: every ? 'tutti' : [partner as string],
    requestedBy: entro,
    destination: every ? { kind: 'folder', place: { kind: 'path', path: folder as string } } : { kind: 'file', place: { kind: 'path', path: out as string } },
    overwrite: args.options.has('sovrascrivi'),
    save: { path: file, ...(lead.loaded.stamp ? { expected: lead.loaded.stamp } : {}) },
  });
  if (!r.ok) {
    const { stage, subject, error } = r;
    if (stage === 'partner') io.err(`${subject ? `${subject}: ` : ''}${error.message} [${error.code}]`);
    else if (stage === 'save') io.err(refusal(error, file, false));
    else if (stage === 'write') io.err(`${refusal(error, subject)} La richiesta è registrata nella proposta: ripeti il comando per preparare di nuovo il modulo.`);
    else io.err(refusal(error, subject || (out as string) || (folder as string)));
    return stage === 'partner' ? EXIT.invalid : EXIT.unreadable;
  }
  if ('cancelled' in r.value) return EXIT.unreadable;
  for (const m of r.value.modules) {
    io.out(`Modulo per ${m.denominazione || m.partner}: ${single ? (out as string) : join(folder as string, m.name)} (richiesta ${m.richiesta}${m.entro ? `, risposta entro il ${formatDate(m.entro)}` : ''})`);
  }
  io.out(`Richieste registrate in ${file}.`);
  return EXIT.ok;
}
