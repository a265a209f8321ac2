import { createPackageAt } from '../../services/app/create-package';
import { loadProposal } from '../../services/app/open';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost, refusal } from '../host';
import { readPassword } from '../password';
import { renderReport } from '../report';

/** A proposal or certificate that is readable but not right (exit 1, like validate); anything else exits 2. */
const PROPOSAL_CODES = new Set(['PROPOSTA_CON_ERRORI', 'PROPOSTA_NON_VALIDA', 'ALLEGATI_NON_DISPONIBILI']);
const CERTIFICATE_CODES = new Set(['P12_PASSWORD_ERRATA', 'P12_NON_VALIDO', 'CHIAVE_MANCANTE', 'CHIAVE_NON_SUPPORTATA', 'CERTIFICATO_MANCANTE', 'CERTIFICATO_SCADUTO', 'CERTIFICATO_NON_ANCORA_VALIDO', 'CERTIFICATO_SENZA_USO_FIRMA']);

/** `proposta package FILE --out PKG.zip [--p12 CERT.p12] [--sovrascrivi]`: the submission package, signed or not. */
export async function packageCommand(args: Args, io: Io): Promise<number> {
  const file = args.positional[0];
  const out = args.options.get('out');
  const p12 = args.options.get('p12');
  if (!file || typeof out !== 'string' || p12 === true) {
    io.err('Uso: proposta package FILE --out PACCHETTO.zip [--p12 CERTIFICATO.p12] [--sovrascrivi]');
    return EXIT.unreadable;
  }
  const host = commandHost();
  const opened = await loadProposal(host, file);
  if (!opened.ok) {
    io.err(`${file}: ${opened.error.message} [${opened.error.code}]`);
    for (const l of renderReport(opened.issues)) io.err(l);
    return opened.error.code === 'STRUTTURA_NON_VALIDA' ? EXIT.invalid : EXIT.unreadable;
  }
  const r = await createPackageAt(host, {
    doc: opened.doc,
    proposal: { path: file },
    target: { kind: 'path', path: out },
    overwrite: args.options.has('sovrascrivi'),
    certificate: typeof p12 === 'string' ? { place: { kind: 'path', path: p12 }, password: () => readPassword(`Password del certificato ${p12}: `) } : null,
  });
  if (!r.ok) {
    const code = r.error.code;
    const certificate = CERTIFICATE_CODES.has(code) || code.startsWith('P12_');
    io.err(refusal(r.error, certificate ? String(p12) : PROPOSAL_CODES.has(code) ? file : out));
    if (r.error.issues?.length) for (const l of renderReport(r.error.issues)) io.err(l);
    return PROPOSAL_CODES.has(code) || CERTIFICATE_CODES.has(code) ? EXIT.invalid : EXIT.unreadable;
  }
  if ('cancelled' in r.value) return EXIT.unreadable;
  io.out(`Pacchetto creato: ${out} (${r.value.files} file${r.value.signed ? ', firmato' : ', non firmato: firmalo con il software della tua smart card'}).`);
  if (r.value.warnings) io.out(`Avvisi riportati nel manifesto: ${r.value.warnings}.`);
  return EXIT.ok;
}
