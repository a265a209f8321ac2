import { MAX_PROPOSAL_BYTES, applyAction, mergePartnerReply, parseJsonSafely, readPartnerModule, refusalOf, type Conflict, type PartnerRefusal } from '../../core';
import { writeProposal } from '../../services/app/write-proposal';
import { readRegularFile } from '../../services/files/read';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost, refusal as writeRefusal } from '../host';
import { loadLead, misuse, unknownOptions } from './common';

const show = (v: unknown): string => (v === null ? '(riga eliminata)' : typeof v === 'string' ? `«${v}»` : JSON.stringify(v));

function printRefusal(io: Io, json: boolean, r: PartnerRefusal, extra: object = {}): number {
  if (json) io.out(JSON.stringify({ esito: 'rifiutata', codice: r.code, messaggio: r.message, campi: r.fields, ...extra }, null, 2));
  else io.err(`${r.message}${r.fields.length ? ` Campi: ${r.fields.join(', ')}.` : ''} [${r.code}]`);
  return EXIT.invalid;
}

/** The reply as a module: a plain `.proposta-partner` (unsigned), read like a proposal (size, UTF-8, safe JSON). */
async function readReply(path: string): Promise<{ ok: true; data: unknown } | { ok: false; message: string; code: string }> {
  const r = await readRegularFile(path, MAX_PROPOSAL_BYTES);
  if (!r.ok) return { ok: false, code: r.reason, message: `${path}: il file della risposta non si può leggere.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(r.bytes);
  } catch {
    return { ok: false, code: 'CODIFICA_NON_VALIDA', message: `${path}: il file della risposta non è un testo UTF-8.` };
  }
  const parsed = parseJsonSafely(text);
  return parsed.ok ? { ok: true, data: parsed.value } : { ok: false, code: parsed.error.code, message: `${path}: ${parsed.error.message}` };
}

/**
 * `partner import FILE RISPOSTA`: the reply is checked (this proposal, the last request, only the
 * partner's parts), merged three ways and saved as one careful write of the proposal. Nothing is
 * written when the reply is refused, unsigned without --accetta-non-firmata, or in conflict without
 * --risolvi.
 */
export async function partnerImport(args: Args, io: Io): Promise<number> {
  const bad = unknownOptions(args, ['risolvi', 'accetta-non-firmata', 'json']);
  if (bad.length) return misuse(io, `Opzione non riconosciuta: ${bad.map((b) => `--${b}`).join(' ')}.`);
  const [file, replyPath] = args.positional;
  const resolve = args.options.get('risolvi');
  if (!file || !replyPath || args.positional.length !== 2 || (resolve !== undefined && resolve !== 'mio' && resolve !== 'loro')) return misuse(io);
  const json = args.options.has('json');
  const now = new Date();
  const lead = await loadLead(file, now, io);
  if ('code' in lead) return lead.code;
  // TODO(issue 12, phase 2): a signed reply (`.proposta-partner.p7m`, enveloping CAdES) is read and
  // verified here (services/sign), and its signer's codice fiscale compared with the partner's legal
  // representative; the receipt below then records `valida`/`non-valida` and the signer.
  if (/\.p7m$/i.test(replyPath)) return printRefusal(io, json, refusalOf('RISPOSTA_FIRMA_NON_DISPONIBILE'));
  const read = await readReply(replyPath);
  if (!read.ok) {
    io.err(`${read.message} [${read.code}]`);
    return EXIT.unreadable;
  }
  const module = readPartnerModule(read.data);
  if (!module.ok) return printRefusal(io, json, module.refusal);
  const receipt = { now, firma: 'assente', firmatario: '', codiceFiscaleFirmatario: '' } as const;
  const merged = mergePartnerReply(lead.loaded.doc, module.module, receipt, resolve);
  if (!merged.ok) return printRefusal(io, json, merged.refusal);
  if (!args.options.has('accetta-non-firmata')) return printRefusal(io, json, refusalOf('RISPOSTA_NON_FIRMATA'));
  const { result } = merged;
  const conflicts = result.conflicts.map((c: Conflict) => ({ campo: c.path, base: c.base, mio: c.mine, loro: c.theirs }));
  if (!result.resolved) {
    if (json) io.out(JSON.stringify({ esito: 'conflitti', codice: 'RISPOSTA_IN_CONFLITTO', conflitti: conflicts }, null, 2));
    else {
      io.err(`La risposta e la proposta hanno cambiato in modo diverso ${result.conflicts.length} campi: scegli quale versione tenere con --risolvi mio (la proposta) o --risolvi loro (la risposta). Nulla è stato scritto. [RISPOSTA_IN_CONFLITTO]`);
      for (const c of result.conflicts) io.err(`  ${c.path}: proposta ${show(c.mine)}, risposta ${show(c.theirs)} (inviato ${show(c.base)})`);
    }
    return EXIT.invalid;
  }
  const doc = applyAction(lead.loaded.doc, { type: 'aggregazione/merge-reply', result }).doc;
  const saved = await writeProposal(commandHost(now), file, doc, { confirmed: false, ...(lead.loaded.stamp ? { expected: lead.loaded.stamp } : {}) });
  if (!saved.ok) {
    io.err(writeRefusal(saved.error, file, false));
    return EXIT.unreadable;
  }
  if (json) {
    io.out(JSON.stringify({ esito: 'unita', partner: result.partner, firma: 'assente', applicati: result.applied, conflitti: conflicts, risolti: resolve ?? null, rinominati: result.renamed }, null, 2));
  } else {
    io.out(`Risposta di ${result.parts.ente.denominazione || result.partner} unita a ${file} (non firmata, accettata su conferma): ${result.applied.length} modifiche applicate.`);
    if (result.conflicts.length) io.out(`${result.conflicts.length} conflitti risolti tenendo ${resolve === 'loro' ? 'la risposta' : 'la proposta'}.`);
    for (const [from, to] of result.renamed) io.out(`Riga «${from}» del Comune rinominata «${to}»: l'identificativo era già usato.`);
  }
  return EXIT.ok;
}
