import { readFile } from 'node:fs/promises';
import { defaultCallProfile } from '../../core';
import { openProposal } from '../../services/files';
import { createPackage } from '../../services/package/create';
import { packageTools } from '../../services/package/tools';
import { loadP12, type LoadedSigner } from '../../services/sign';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { readPassword } from '../password';
import { renderReport } from '../report';

async function signerFrom(path: string, io: Io, now: Date): Promise<LoadedSigner | number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    io.err(`Il certificato ${path} non si può leggere: controlla il percorso. [P12_NON_LEGGIBILE]`);
    return EXIT.unreadable;
  }
  const password = await readPassword(`Password del certificato ${path}: `);
  if (password === null) {
    io.err('Serve la password del certificato: impostala in PROPOSTA_P12_PASSWORD o esegui il comando da un terminale. [P12_PASSWORD_MANCANTE]');
    return EXIT.unreadable;
  }
  const r = await loadP12(bytes, password, now);
  if (!r.ok) {
    io.err(`${r.message} [${r.code}]`);
    return EXIT.invalid;
  }
  return r.signer;
}

/** `proposta package FILE --out PKG.zip [--p12 CERT.p12]`: the submission package, signed or not. */
export async function packageCommand(args: Args, io: Io): Promise<number> {
  const file = args.positional[0];
  const out = args.options.get('out');
  const p12 = args.options.get('p12');
  if (!file || typeof out !== 'string' || p12 === true) {
    io.err('Uso: proposta package FILE --out PACCHETTO.zip [--p12 CERTIFICATO.p12]');
    return EXIT.unreadable;
  }
  const profile = defaultCallProfile();
  const now = new Date();
  const opened = await openProposal(file, { profile, now });
  if (!opened.ok) {
    io.err(`${file}: ${opened.error.message} [${opened.error.code}]`);
    return opened.error.code === 'STRUTTURA_NON_VALIDA' ? EXIT.invalid : EXIT.unreadable;
  }
  const signer = typeof p12 === 'string' ? await signerFrom(p12, io, now) : undefined;
  if (typeof signer === 'number') return signer;
  const r = await createPackage({ doc: opened.doc, proposalPath: file, outPath: out }, packageTools(profile, signer, now), { profile, now });
  if (!r.ok) {
    io.err(`${r.message} [${r.code}]`);
    for (const l of renderReport(r.issues ?? [])) io.err(l);
    for (const p of r.problems ?? []) io.err(`  ✗ ${p.message} [${p.code}]`);
    return EXIT.invalid;
  }
  io.out(`Pacchetto creato: ${out} (${r.files.length} file${r.signed ? ', firmato' : ', non firmato: firmalo con il software della tua smart card'}).`);
  if (r.warnings.length) io.out(`Avvisi riportati nel manifesto: ${r.warnings.length}.`);
  return EXIT.ok;
}
