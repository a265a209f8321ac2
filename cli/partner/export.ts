import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { applyAction, buildPartnerModule, formatDate, PARTNER_MODULE_EXTENSION, serializePartnerModule, type PartnerModule } from '../../core';
import { outputPolicy, preflight, writeOutput } from '../../services/app/output';
import { writeProposal } from '../../services/app/write-proposal';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost, refusal } from '../host';
import { loadLead, misuse, unknownOptions } from './common';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * `partner export`: one module per partner asked for, each with a fresh request id, recorded in the
 * proposal (which is saved, carefully, first). Every target is checked before anything is written:
 * an existing module is replaced only with --sovrascrivi.
 */
export async function partnerExport(args: Args, io: Io): Promise<number> {
  const bad = unknownOptions(args, ['partner', 'out', 'tutti', 'cartella', 'entro', 'sovrascrivi']);
  if (bad.length) return misuse(io, `Opzione non riconosciuta: ${bad.map((b) => `--${b}`).join(' ')}.`);
  const [file] = args.positional;
  const [partner, out, all, folder] = ['partner', 'out', 'tutti', 'cartella'].map((k) => args.options.get(k));
  const entro = args.options.get('entro') ?? '';
  const single = typeof partner === 'string' && typeof out === 'string' && all === undefined && folder === undefined;
  const every = all === true && typeof folder === 'string' && partner === undefined && out === undefined;
  if (!file || args.positional.length !== 1 || (!single && !every) || typeof entro !== 'string' || (entro !== '' && !DATE.test(entro))) return misuse(io);
  const now = new Date();
  const host = commandHost(now);
  const lead = await loadLead(file, now, io);
  if ('code' in lead) return lead.code;
  let doc = lead.loaded.doc;
  const ids = every ? doc.ente.partner.map((p) => p.id) : [partner as string];
  if (every && (doc.ente.tipo !== 'aggregazione' || ids.length === 0)) {
    io.err("La proposta non ha Comuni aggregati: non c'è nessun modulo da preparare. [PARTNER_NON_AGGREGAZIONE]");
    return EXIT.invalid;
  }
  const modules: Array<{ module: PartnerModule; path: string }> = [];
  for (const id of ids) {
    const r = buildPartnerModule(doc, id, { requestId: randomUUID(), now, requestedBy: entro });
    if (!r.ok) {
      io.err(`${id}: ${r.refusal.message} [${r.refusal.code}]`);
      return EXIT.invalid;
    }
    modules.push({ module: r.module, path: every ? join(folder as string, `${id}${PARTNER_MODULE_EXTENSION}`) : (out as string) });
  }
  const policy = await outputPolicy(host, args.options.has('sovrascrivi'), [file]);
  for (const { path } of modules) {
    const ready = await preflight(path, policy);
    if (!ready.ok) {
      io.err(refusal(ready.error, path));
      return EXIT.unreadable;
    }
  }
  for (const { module } of modules) doc = applyAction(doc, { type: 'aggregazione/record-request', module }).doc;
  const saved = await writeProposal(host, file, doc, { confirmed: false, ...(lead.loaded.stamp ? { expected: lead.loaded.stamp } : {}) });
  if (!saved.ok) {
    io.err(refusal(saved.error, file, false));
    return EXIT.unreadable;
  }
  for (const { module, path } of modules) {
    const w = await writeOutput(host, path, new TextEncoder().encode(serializePartnerModule(module)), policy);
    if (!w.ok) {
      io.err(`${refusal(w.error, path)} La richiesta è registrata nella proposta: ripeti il comando per preparare di nuovo il modulo.`);
      return EXIT.unreadable;
    }
    io.out(`Modulo per ${module.parti.ente.denominazione || module.partner}: ${path} (richiesta ${module.richiesta}${module.entro ? `, risposta entro il ${formatDate(module.entro)}` : ''})`);
  }
  io.out(`Richieste registrate in ${file}.`);
  return EXIT.ok;
}
