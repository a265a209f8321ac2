import { completePackageAt } from '../../services/app/complete-package';
import { createPackageAt, type TokenChoice } from '../../services/app/create-package';
import { loadProposal } from '../../services/app/open';
import type { Args } from '../args';
import { EXIT, type Io } from '../exit';
import { commandHost, refusal } from '../host';
import { readPassword } from '../password';
import { renderReport } from '../report';
import { SPECS } from '../usage';

/** A proposal or certificate that is readable but not right (exit 1, like validate); anything else exits 2. */
const PROPOSAL_CODES = new Set(['PROPOSTA_CON_ERRORI', 'PROPOSTA_NON_VALIDA', 'ALLEGATI_NON_DISPONIBILI', 'RISPOSTE_NON_DISPONIBILI']);
export const CERTIFICATE_CODES = new Set([
  'P12_PASSWORD_ERRATA', 'P12_NON_VALIDO', 'CHIAVE_MANCANTE', 'CHIAVE_NON_SUPPORTATA', 'CERTIFICATO_MANCANTE', 'CERTIFICATO_SCADUTO',
  'CERTIFICATO_NON_ANCORA_VALIDO', 'CERTIFICATO_SENZA_USO_FIRMA', 'PIN_ERRATO', 'PIN_BLOCCATO', 'CERTIFICATO_NON_TROVATO', 'CERTIFICATO_AMBIGUO',
]);
/** Refusals of `--completa`: the signed files do not sign this package (exit 1); nothing is written. */
const COMPLETE_CODES = new Set(['MANIFESTO_FIRMATO_DIVERSO', 'NON_E_IL_PDF_ORIGINALE', 'MODIFICHE_OLTRE_LE_FIRME', 'FILE_NON_FIRMATO', 'FIRMA_NON_VALIDA', 'PACCHETTO_GIA_FIRMATO', 'FIRMATI_DOPPI', 'FIRMATO_NON_RICONOSCIUTO']);

const usage = (io: Io, why?: string): number => {
  if (why) io.err(why);
  io.err(SPECS.package?.usage ?? '');
  return EXIT.unreadable;
};

/**
 * `proposta package FILE --out P.zip (--p12 F | --pkcs11 MODULE [--token T] [--certificato CF] | --non-firmato)`:
 * the submission package, signed with a .p12 or a smart card, or explicitly unsigned with the two files
 * to sign beside it; `proposta package --completa P.zip --firmati … --out FINALE.zip` completes it.
 */
export async function packageCommand(args: Args, io: Io): Promise<number> {
  if (args.options.has('completa')) return completeCommand(args, io);
  const file = args.positional[0];
  const out = args.options.get('out');
  const p12 = args.options.get('p12');
  const pkcs11 = args.options.get('pkcs11');
  const chosen = [p12, pkcs11, args.options.get('non-firmato')].filter((v) => v !== undefined).length;
  if (!file || args.positional.length > 1 || typeof out !== 'string' || args.lists.has('firmati')) return usage(io);
  if (chosen !== 1) return usage(io, chosen === 0 ? 'Indica come firmare: --p12, --pkcs11 oppure --non-firmato (un pacchetto non firmato va chiesto esplicitamente).' : 'Indica uno solo tra --p12, --pkcs11 e --non-firmato.');
  if ((args.options.has('token') || args.options.has('certificato')) && typeof pkcs11 !== 'string') return usage(io, '--token e --certificato valgono solo con --pkcs11.');
  const host = commandHost();
  const opened = await loadProposal(host, file);
  if (!opened.ok) {
    io.err(`${file}: ${opened.error.message} [${opened.error.code}]`);
    for (const l of renderReport(opened.issues)) io.err(l);
    return opened.error.code === 'STRUTTURA_NON_VALIDA' ? EXIT.invalid : EXIT.unreadable;
  }
  const token: TokenChoice | null = typeof pkcs11 === 'string'
    ? {
        module: pkcs11,
        ...(typeof args.options.get('token') === 'string' ? { token: String(args.options.get('token')) } : {}),
        ...(typeof args.options.get('certificato') === 'string' ? { certificate: String(args.options.get('certificato')) } : {}),
        pin: () => readPassword('PIN della smart card: ', 'PROPOSTA_PIN'),
      }
    : null;
  const r = await createPackageAt(host, {
    doc: opened.doc,
    proposal: { path: file },
    target: { kind: 'path', path: out },
    overwrite: args.options.has('sovrascrivi'),
    certificate: typeof p12 === 'string' ? { place: { kind: 'path', path: p12 }, password: () => readPassword(`Password del certificato ${p12}: `) } : null,
    token,
    toSignBeside: args.options.has('non-firmato'),
  });
  if (!r.ok) {
    const code = r.error.code;
    const certificate = CERTIFICATE_CODES.has(code) || code.startsWith('P12_') || code.startsWith('PKCS11_') || code.startsWith('TOKEN_') || code.startsWith('PIN_');
    io.err(refusal(r.error, certificate ? String(p12 ?? pkcs11) : PROPOSAL_CODES.has(code) ? file : out));
    if (r.error.issues?.length) for (const l of renderReport(r.error.issues)) io.err(l);
    return PROPOSAL_CODES.has(code) || CERTIFICATE_CODES.has(code) ? EXIT.invalid : EXIT.unreadable;
  }
  if ('cancelled' in r.value) return EXIT.unreadable;
  io.out(`Pacchetto creato: ${out} (${r.value.files} file${r.value.signed ? ', firmato' : ', non firmato'}).`);
  if (r.value.toSign) {
    io.out(`Da firmare con il programma della smart card: ${r.value.toSign.manifest} (firma CAdES, .p7m) e ${r.value.toSign.pdf} (firma PAdES).`);
    io.out(`Poi: proposta package --completa ${out} --firmati ${r.value.toSign.manifest}.p7m ${r.value.toSign.pdf} --out FINALE.zip`);
  }
  if (r.value.warnings) io.out(`Avvisi riportati nel manifesto: ${r.value.warnings}.`);
  return EXIT.ok;
}

async function completeCommand(args: Args, io: Io): Promise<number> {
  const source = args.options.get('completa');
  const out = args.options.get('out');
  const signed = args.lists.get('firmati') ?? [];
  const conflicting = ['p12', 'pkcs11', 'non-firmato', 'token', 'certificato'].some((o) => args.options.has(o));
  if (typeof source !== 'string' || typeof out !== 'string' || signed.length === 0 || signed.length > 2 || args.positional.length > 0 || conflicting) return usage(io);
  const r = await completePackageAt(commandHost(), {
    source: { kind: 'path', path: source },
    signed: signed.map((path) => ({ kind: 'path' as const, path })),
    target: { kind: 'path', path: out },
    overwrite: args.options.has('sovrascrivi'),
  });
  if (!r.ok) {
    io.err(`${r.error.message} [${r.error.code}]`);
    return COMPLETE_CODES.has(r.error.code) ? EXIT.invalid : EXIT.unreadable;
  }
  if ('cancelled' in r.value) return EXIT.unreadable;
  io.out(`Pacchetto completato: ${out} (firmati: ${r.value.signedFiles.join(', ')}).`);
  return EXIT.ok;
}
