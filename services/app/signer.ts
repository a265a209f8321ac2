import type { Cancelled, Reply } from '../../core';
import { readRegularFile } from '../files/read';
import type { SignerIdentity } from '../sign';
import type { AppHost, Place } from './host';
import { fail, ok } from './reply';

/** A .p12 is a few kilobytes; anything this large is not one. */
const MAX_CERTIFICATE_BYTES = 1024 * 1024;

/** A .p12 certificate and a way to get its password (asked only once the certificate was read). */
export interface CertificateChoice {
  readonly place: Place;
  password(): Promise<string | null>;
}

/** A smart card: the PKCS#11 module chosen by the officer, the token, the certificate (CF or label), the PIN. */
export interface TokenChoice {
  /** A path the officer chose (a well-known module or a file): loading a module runs its native code. */
  readonly module: string;
  readonly token?: string;
  readonly certificate?: string;
  /** Asked once the token and certificate were found; never stored or logged. */
  pin(): Promise<string | null>;
}

/** A signer ready to use, and what to do when done with it (a token's session is closed). */
export interface ChosenSigner {
  readonly signer: SignerIdentity;
  close(): void;
}

/**
 * The signer of an operation that signs (the package, a partner's reply): from a .p12, from a smart
 * card, or none (null). `notDone` completes the messages: what did not happen («il pacchetto non è
 * stato creato»). The password and the PIN never leave this call.
 */
export async function chooseSigner(
  host: AppHost,
  choice: { readonly certificate?: CertificateChoice | null; readonly token?: TokenChoice | null },
  notDone: string,
): Promise<Reply<ChosenSigner | null | Cancelled>> {
  if (choice.certificate) {
    const s = await p12Signer(host, choice.certificate, notDone);
    if (!s.ok) return s;
    return 'cancelled' in s.value ? ok(s.value) : ok({ signer: s.value, close: () => undefined });
  }
  if (choice.token) return tokenSigner(choice.token, notDone);
  return ok(null);
}

async function p12Signer(host: AppHost, cert: CertificateChoice, notDone: string): Promise<Reply<SignerIdentity | Cancelled>> {
  const where = await host.locate(cert.place, 'certificato', 'read');
  if (!where.ok) return where;
  if ('cancelled' in where) return ok({ cancelled: true as const });
  const bytes = await readRegularFile(where.path, MAX_CERTIFICATE_BYTES, { followLinks: where.followLinks });
  if (!bytes.ok) return fail('P12_NON_LEGGIBILE', 'Il certificato scelto non si può leggere (non esiste, non è un file normale o mancano i permessi): controlla il file e riprova.');
  const password = await cert.password();
  if (password === null) return fail('P12_PASSWORD_MANCANTE', `Serve la password del certificato: ${notDone}.`);
  // The signature code loads on first use: the window opens without it.
  const { loadP12 } = await import('../sign');
  const loaded = loadP12(bytes.bytes, password, host.now());
  return loaded.ok ? ok(loaded.signer) : fail(loaded.code, loaded.message);
}

/** The signer on a smart card; the PIN is asked only once the module loaded and never leaves this call. */
async function tokenSigner(choice: TokenChoice, notDone: string): Promise<Reply<ChosenSigner>> {
  const { openTokenSigner, describeModule } = await import('../sign/pkcs11');
  const { SignError, MESSAGES } = await import('../sign');
  try {
    // A module that does not load, or has no token, is said before the PIN is asked.
    await describeModule(choice.module);
    const pin = await choice.pin();
    if (pin === null || pin === '') return fail('PIN_MANCANTE', `Serve il PIN della smart card: ${notDone}.`);
    const signer = await openTokenSigner(choice.module, { ...(choice.token ? { token: choice.token } : {}), ...(choice.certificate ? { certificate: choice.certificate } : {}) }, pin);
    return ok({ signer, close: () => signer.close() });
  } catch (e) {
    if (e instanceof SignError) return fail(e.code, MESSAGES[e.code]);
    return fail('TOKEN_ERRORE', 'La smart card non ha risposto come previsto: controlla che sia inserita e riprova.');
  }
}
