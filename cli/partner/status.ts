import { formatDate, PARTNER_STATE_LABEL, partnerStatuses } from '../../core';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { loadLead, misuse, unknownOptions } from './common';

const SIGNATURE = { valida: 'firma valida', 'non-valida': 'firma NON valida', assente: 'non firmata' } as const;

/** `partner status FILE [--json]`: for each partner, module sent, reply received, signer, merged, to update. */
export async function partnerStatus(args: Args, io: Io): Promise<number> {
  const bad = unknownOptions(args, ['json']);
  const [file] = args.positional;
  if (bad.length || !file || args.positional.length !== 1) return misuse(io, bad.length ? `Opzione non riconosciuta: ${bad.map((b) => `--${b}`).join(' ')}.` : undefined);
  const lead = await loadLead(file, new Date(), io);
  if ('code' in lead) return lead.code;
  const list = partnerStatuses(lead.loaded.doc);
  if (args.options.has('json')) {
    io.out(JSON.stringify(list.map((s) => ({ partner: s.id, nome: s.name, stato: s.state, inviato: s.sent, entro: s.requestedBy, risposta: s.reply })), null, 2));
    return EXIT.ok;
  }
  if (!list.length) io.out('La proposta non ha Comuni aggregati.');
  for (const s of list) {
    const sent = s.sent ? `modulo del ${formatDate(s.sent)}${s.requestedBy ? `, risposta entro il ${formatDate(s.requestedBy)}` : ''}` : 'modulo non inviato';
    const reply = s.reply ? `; risposta del ${formatDate(s.reply.ricevuta)}, ${SIGNATURE[s.reply.firma]}${s.reply.firmatario ? ` da ${s.reply.firmatario}` : ''}` : '';
    io.out(`${s.name} (${s.id}): ${PARTNER_STATE_LABEL[s.state]} — ${sent}${reply}`);
  }
  return EXIT.ok;
}
