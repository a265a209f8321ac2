import { saveAs } from '../../services/app/save-as';
import { newProposal } from '../../services/app/session-info';
import { listStarters } from '../../services/starters';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost, refusal } from '../host';

/** `proposta new FILE [--starter NOME]`; `proposta new --elenco` lists the starters. Never replaces a file. */
export async function newCommand(args: Args, io: Io): Promise<number> {
  const starters = await listStarters();
  if (args.options.has('elenco')) {
    for (const s of starters) io.out(s);
    return EXIT.ok;
  }
  const file = args.positional[0];
  const starter = args.options.get('starter') ?? 'vuota';
  if (!file || typeof starter !== 'string') {
    io.err(`Uso: proposta new FILE [--starter ${starters.join('|')}]`);
    return EXIT.unreadable;
  }
  const host = commandHost();
  const r = await newProposal(host, starter);
  if (!r.ok) {
    io.err(`Modello «${starter}» non disponibile. Modelli: ${starters.join(', ')}. [${r.error.code}]`);
    return EXIT.unreadable;
  }
  const saved = await saveAs(host, { target: { kind: 'path', path: file }, doc: r.value.doc, overwrite: false });
  if (!saved.ok) {
    io.err(refusal(saved.error, file, false));
    return EXIT.unreadable;
  }
  io.out(`Creata ${file} dal modello «${starter}». Controllala con: proposta validate ${file}`);
  return EXIT.ok;
}
