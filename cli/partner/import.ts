import type { Conflict, ReplySignature } from '../../core';
import { importPartnerReply } from '../../services/app/partner-import';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost, refusal as writeRefusal } from '../host';
import { loadLead, misuse, unknownOptions } from './common';

const show = (v: unknown): string => (v === null ? '(riga eliminata)' : typeof v === 'string' ? `«${v}»` : JSON.stringify(v));

function printRefusal(io: Io, json: boolean, r: { code: string; message: string; fields: readonly string[] }): number {
  if (json) io.out(JSON.stringify({ esito: 'rifiutata', codice: r.code, messaggio: r.message, campi: r.fields }, null, 2));
  else io.err(`${r.message}${r.fields.length ? ` Campi: ${r.fields.join(', ')}.` : ''} [${r.code}]`);
  return EXIT.invalid;
}

const SIGNED = { valida: 'firmata', 'non-valida': 'firma NON valida', assente: 'non firmata' } as const;
const signerText = (s: ReplySignature): string => `${SIGNED[s.state]}${s.signer ? ` da ${s.signer}${s.fiscalCode ? ` (${s.fiscalCode})` : ''}` : ''}`;

/**
 * `partner import FILE RISPOSTA`: services/app/partner-import, as the editor does. The reply (plain or
 * signed `.p7m`, verified) is checked (this proposal, the last request, only the partner's parts),
 * its signer judged, merged three ways; the proposal is saved and the reply kept under `risposte/`.
 * Nothing is written when the reply is refused, not validly signed by the legal representative
 * without --accetta-non-firmata, or in conflict without --risolvi.
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
  const r = await importPartnerReply(commandHost(now), {
    doc: lead.loaded.doc,
    proposal: { path: file, ...(lead.loaded.stamp ? { expected: lead.loaded.stamp } : {}) },
    reply: { kind: 'path', path: replyPath },
    accept: args.options.has('accetta-non-firmata'),
    ...(resolve ? { resolution: resolve } : {}),
    save: true,
  });
  if (!r.ok) {
    if (r.stage === 'refused') return printRefusal(io, json, { code: r.error.code, message: r.error.message.replace(/ Campi: .*$/, ''), fields: r.fields });
    io.err(r.stage === 'read' ? `${replyPath}: ${r.error.message} [${r.error.code}]` : writeRefusal(r.error, file, false));
    return EXIT.unreadable;
  }
  const v = r.value;
  if ('cancelled' in v) return EXIT.unreadable;
  if (v.esito === 'da-decidere') {
    if (v.signatureRefusal && !args.options.has('accetta-non-firmata')) return printRefusal(io, json, v.signatureRefusal);
    const list = v.conflicts.map((c: Conflict) => ({ campo: c.path, base: c.base, mio: c.mine, loro: c.theirs }));
    if (json) io.out(JSON.stringify({ esito: 'conflitti', codice: 'RISPOSTA_IN_CONFLITTO', conflitti: list }, null, 2));
    else {
      io.err(`La risposta e la proposta hanno cambiato in modo diverso ${v.conflicts.length} campi: scegli quale versione tenere con --risolvi mio (la proposta) o --risolvi loro (la risposta). Nulla è stato scritto. [RISPOSTA_IN_CONFLITTO]`);
      for (const c of v.conflicts) io.err(`  ${c.path}: proposta ${show(c.mine)}, risposta ${show(c.theirs)} (inviato ${show(c.base)})`);
    }
    return EXIT.invalid;
  }
  const { result, signature } = v;
  const conflicts = result.conflicts.map((c: Conflict) => ({ campo: c.path, base: c.base, mio: c.mine, loro: c.theirs }));
  if (json) {
    io.out(JSON.stringify({
      esito: 'unita', partner: result.partner, firma: signature.state, firmatario: signature.signer, codiceFiscaleFirmatario: signature.fiscalCode,
      accettataSenzaFirmaValida: v.accepted?.code ?? null, risposta: v.replyFile,
      applicati: result.applied, conflitti: conflicts, risolti: resolve ?? null, rinominati: result.renamed,
    }, null, 2));
  } else {
    const how = v.accepted ? `${signerText(signature)}, accettata su conferma [${v.accepted.code}]` : signerText(signature);
    io.out(`Risposta di ${result.parts.ente.denominazione || result.partner} unita a ${file} (${how}): ${result.applied.length} modifiche applicate. Risposta conservata in ${v.replyFile}.`);
    if (result.conflicts.length) io.out(`${result.conflicts.length} conflitti risolti tenendo ${resolve === 'loro' ? 'la risposta' : 'la proposta'}.`);
    for (const [from, to] of result.renamed) io.out(`Riga «${from}» del Comune rinominata «${to}»: l'identificativo era già usato.`);
  }
  return EXIT.ok;
}
