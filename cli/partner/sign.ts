import { signModule } from '../../services/app/partner-module';
import type { TokenChoice } from '../../services/app/signer';
import type { Args } from '../args';
import { CERTIFICATE_CODES } from '../commands/package';
import { EXIT, type Io } from '../exit';
import { commandHost, refusal } from '../host';
import { readPassword } from '../password';
import { renderReport } from '../report';
import { misuse, unknownOptions } from './common';

/** The module is not one, or is of a newer Proposta: readable, but not right (exit 1, like a wrong certificate). */
const MODULE_CODES = new Set(['MODULO_NON_VALIDO', 'MODULO_VERSIONE_PIU_RECENTE']);

/**
 * `partner firma MODULO --out RISPOSTA.proposta-partner.p7m (--p12 F | --pkcs11 MODULO [--token T]
 * [--certificato CF])`: the Comune's reply, an enveloping CAdES over the module file's exact bytes.
 * The module must read as one; its own open errors are listed and do not stop the signature.
 */
export async function partnerSign(args: Args, io: Io): Promise<number> {
  const bad = unknownOptions(args, ['out', 'p12', 'pkcs11', 'token', 'certificato', 'sovrascrivi']);
  if (bad.length) return misuse(io, `Opzione non riconosciuta: ${bad.map((b) => `--${b}`).join(' ')}.`);
  const [file] = args.positional;
  const [out, p12, pkcs11] = ['out', 'p12', 'pkcs11'].map((k) => args.options.get(k));
  if (!file || args.positional.length !== 1 || typeof out !== 'string') return misuse(io);
  if ((p12 === undefined) === (pkcs11 === undefined) || (p12 !== undefined && typeof p12 !== 'string') || (pkcs11 !== undefined && typeof pkcs11 !== 'string')) {
    return misuse(io, 'Indica come firmare: --p12 CERTIFICATO oppure --pkcs11 MODULO (uno solo).');
  }
  if ((args.options.has('token') || args.options.has('certificato')) && typeof pkcs11 !== 'string') return misuse(io, '--token e --certificato valgono solo con --pkcs11.');
  const option = (k: string) => (typeof args.options.get(k) === 'string' ? String(args.options.get(k)) : undefined);
  const [tokenLabel, certificate] = [option('token'), option('certificato')];
  const token: TokenChoice | null = typeof pkcs11 === 'string'
    ? { module: pkcs11, ...(tokenLabel ? { token: tokenLabel } : {}), ...(certificate ? { certificate } : {}), pin: () => readPassword('PIN della smart card: ', 'PROPOSTA_PIN') }
    : null;
  const r = await signModule(commandHost(), {
    module: { path: file },
    target: { kind: 'path', path: out },
    overwrite: args.options.has('sovrascrivi'),
    certificate: typeof p12 === 'string' ? { place: { kind: 'path', path: p12 }, password: () => readPassword(`Password del certificato ${p12}: `) } : null,
    token,
  });
  if (!r.ok) {
    const code = r.error.code;
    const signing = CERTIFICATE_CODES.has(code) || /^(P12|PKCS11|TOKEN|PIN)_/.test(code);
    io.err(refusal(r.error, signing ? String(p12 ?? pkcs11) : MODULE_CODES.has(code) || (code.startsWith('FILE_') && code !== 'FILE_ESISTENTE') ? file : out));
    if (r.error.issues?.length) for (const l of renderReport(r.error.issues)) io.err(l);
    return MODULE_CODES.has(code) || CERTIFICATE_CODES.has(code) ? EXIT.invalid : EXIT.unreadable;
  }
  if ('cancelled' in r.value) return EXIT.unreadable;
  io.out(`Risposta firmata: ${out}. Riepilogo del contributo, da far firmare anch'esso al legale rappresentante: ${r.value.summary}. Inviali al Comune capofila (per PEC o per posta elettronica).`);
  if (r.value.issues.length) {
    io.out(`Il modulo ha ${r.value.issues.length} segnalazioni sulle parti del Comune: la firma è valida comunque, il capofila deciderà se chiedere correzioni.`);
    for (const l of renderReport(r.value.issues)) io.out(l);
  }
  return EXIT.ok;
}
