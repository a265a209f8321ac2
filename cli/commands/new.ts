import { defaultCallProfile } from '../../core';
import { saveProposal } from '../../services/files';
import { listStarters, newFromStarter } from '../../services/starters';
import { existsSync } from 'node:fs';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';

/** `proposta new FILE [--starter NOME]`; `proposta new --elenco` lists the starters. */
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
  if (existsSync(file)) {
    io.err(`Il file ${file} esiste già: scegli un altro nome (Proposta non sovrascrive una proposta esistente).`);
    return EXIT.unreadable;
  }
  const profile = defaultCallProfile();
  const now = new Date();
  const r = await newFromStarter(starter, { profile, now });
  if (!r.ok) {
    io.err(`Modello «${starter}» non disponibile. Modelli: ${starters.join(', ')}. [${r.code}]`);
    return EXIT.unreadable;
  }
  const saved = await saveProposal(file, r.doc, { profile, now });
  if (!saved.ok) {
    io.err(`${saved.error.message} [${saved.error.code}]`);
    return EXIT.unreadable;
  }
  io.out(`Creata ${file} dal modello «${starter}». Controllala con: proposta validate ${file}`);
  return EXIT.ok;
}
