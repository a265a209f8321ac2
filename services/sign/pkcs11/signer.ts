/**
 * Signing with a key on a PKCS#11 token. The PIN is a parameter of {@link openTokenSigner}: used to log
 * in and, only for keys that demand it at every use (CKA_ALWAYS_AUTHENTICATE, common on qualified
 * signature cards), kept in this signer's closure until `close()`. It is never written, logged or
 * put into an error.
 */
import type * as Pkcs11js from 'pkcs11js';
import { digest } from '../bytes';
import { SignError } from '../codes';
import type { ExternalSigningKey, SignerIdentity } from '../key';
import { loadModule, pkcs11Code, type LoadedModule } from './library';
import { certificatesIn, findObjects, listTokens, type TokenCertificate, type TokenInfo } from './token';

/** Which token and certificate to use; both may be left out when there is only one. */
export interface TokenSelection {
  /** Token label. */
  token?: string;
  /** Codice fiscale of the holder, certificate label or CKA_ID in hex. */
  certificate?: string;
}

/** A signer whose key stays on the token; close it when done (logs out and releases the module). */
export interface TokenSigner extends SignerIdentity {
  key: ExternalSigningKey;
  token: TokenInfo;
  selected: TokenCertificate;
  /** The key needs the PIN again at every signature (CKA_ALWAYS_AUTHENTICATE); this signer supplies it. */
  alwaysAuthenticate: boolean;
  close(): void;
}

/** DER prefix of DigestInfo { sha256, NULL } (RFC 8017 9.2 note 1): CKM_RSA_PKCS signs DigestInfo as given. */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/** Picks one of `items` by `wanted`, or the only one; throws the given codes otherwise. */
export function pickOne<T>(items: readonly T[], matches: (item: T) => boolean, wanted: string | undefined,
  notFound: 'TOKEN_NON_TROVATO' | 'CERTIFICATO_NON_TROVATO', ambiguous: 'TOKEN_AMBIGUO' | 'CERTIFICATO_AMBIGUO'): T {
  const found = wanted === undefined ? items : items.filter(matches);
  if (found.length === 0) throw new SignError(notFound);
  if (found.length > 1) throw new SignError(ambiguous);
  return found[0] as T;
}

/**
 * The signing certificate: the one named, else the only qualified one (nonRepudiation), else the only
 * one that can sign. Italian cards also hold the CNS authentication certificate, which is not offered
 * by default.
 */
export function chooseCertificate(certificates: readonly TokenCertificate[], wanted?: string): TokenCertificate {
  const signing = certificates.filter((c) => c.canSign);
  if (wanted !== undefined) {
    const w = wanted.trim();
    return pickOne(signing, (c) => c.fiscalCode === w.toUpperCase() || c.label === w || c.id === w.toLowerCase(),
      w, 'CERTIFICATO_NON_TROVATO', 'CERTIFICATO_AMBIGUO');
  }
  const qualified = signing.filter((c) => c.nonRepudiation);
  return pickOne(qualified.length > 0 ? qualified : signing, () => true, undefined, 'CERTIFICATO_NON_TROVATO', 'CERTIFICATO_AMBIGUO');
}

function privateKeyFor(module: LoadedModule, session: Buffer, certificate: TokenCertificate): { handle: Buffer; rsa: boolean; alwaysAuth: boolean } {
  const { api, pkcs11 } = module;
  const [handle] = findObjects(pkcs11, session, [
    { type: api.CKA_CLASS, value: api.CKO_PRIVATE_KEY },
    { type: api.CKA_ID, value: Buffer.from(certificate.id, 'hex') },
  ]);
  if (!handle) throw new SignError('CHIAVE_TOKEN_NON_TROVATA');
  const [type] = pkcs11.C_GetAttributeValue(session, handle, [{ type: api.CKA_KEY_TYPE }]);
  let alwaysAuth = false;
  try {
    const [flag] = pkcs11.C_GetAttributeValue(session, handle, [{ type: api.CKA_ALWAYS_AUTHENTICATE }]);
    alwaysAuth = (flag?.value[0] ?? 0) !== 0;
  } catch {
    // Older modules do not know the attribute: no per-signature login.
  }
  const keyType = type?.value.readUIntLE(0, Math.min(type.value.length, 6)) ?? -1;
  if (keyType !== api.CKK_RSA && keyType !== api.CKK_EC) throw new SignError('CHIAVE_NON_SUPPORTATA');
  return { handle, rsa: keyType === api.CKK_RSA, alwaysAuth };
}

function login(pkcs11: Pkcs11js.PKCS11, session: Buffer, userType: number, pin: string): void {
  try {
    pkcs11.C_Login(session, userType, pin);
  } catch (error) {
    if (/CKR_USER_ALREADY_LOGGED_IN/.test(error instanceof Error ? error.message : '')) return;
    throw new SignError(pkcs11Code(error, 'PIN_ERRATO'), { cause: error });
  }
}

/**
 * Opens the module at `modulePath`, finds the token and certificate, logs in with `pin` and returns a
 * signer for the CAdES and PAdES functions. RSA keys sign with CKM_RSA_PKCS over a SHA-256 DigestInfo
 * and EC keys with CKM_ECDSA over the SHA-256 digest: the two mechanisms every card offers.
 */
export async function openTokenSigner(modulePath: string, selection: TokenSelection, pin: string): Promise<TokenSigner> {
  const module = await loadModule(modulePath);
  const { api, pkcs11 } = module;
  let session: Buffer | undefined;
  let released = false;
  const close = (): void => {
    if (session) {
      try { pkcs11.C_Logout(session); } catch { /* already logged out, or the card was removed */ }
      try { pkcs11.C_CloseSession(session); } catch { /* idem */ }
      session = undefined;
    }
    if (!released) {
      released = true;
      module.release();
    }
  };
  try {
    const token = pickOne(listTokens(module), (t) => t.label === selection.token, selection.token, 'TOKEN_NON_TROVATO', 'TOKEN_AMBIGUO');
    if (token.pinLocked) throw new SignError('PIN_BLOCCATO');
    session = pkcs11.C_OpenSession(token.handle, api.CKF_SERIAL_SESSION);
    const open = session;
    const selected = chooseCertificate(certificatesIn(module, token, open), selection.certificate);
    login(pkcs11, open, api.CKU_USER, pin);
    const key = privateKeyFor(module, open, selected);
    const reauthPin = key.alwaysAuth ? pin : undefined;
    const sign = async (data: Uint8Array): Promise<Uint8Array> => {
      if (!session) throw new SignError('TOKEN_ERRORE');
      const hash = Buffer.from(digest('SHA-256', data));
      const input = key.rsa ? Buffer.concat([SHA256_DIGEST_INFO, hash]) : hash;
      try {
        pkcs11.C_SignInit(open, { mechanism: key.rsa ? api.CKM_RSA_PKCS : api.CKM_ECDSA }, key.handle);
        if (reauthPin !== undefined) login(pkcs11, open, api.CKU_CONTEXT_SPECIFIC, reauthPin);
        return new Uint8Array(await pkcs11.C_SignAsync(open, input, Buffer.alloc(1024)));
      } catch (error) {
        throw error instanceof SignError ? error : new SignError(pkcs11Code(error), { cause: error });
      }
    };
    return {
      key: { type: 'external', algorithm: key.rsa ? 'RSASSA-PKCS1-v1_5' : 'ECDSA', sign },
      certificate: selected.der,
      chain: [],
      token: { slot: token.slot, label: token.label, manufacturer: token.manufacturer, model: token.model,
        serialNumber: token.serialNumber, pinPad: token.pinPad, pinFinalTry: token.pinFinalTry, pinLocked: token.pinLocked },
      selected,
      alwaysAuthenticate: key.alwaysAuth,
      close,
    };
  } catch (error) {
    close();
    throw error instanceof SignError ? error : new SignError(pkcs11Code(error), { cause: error });
  }
}

/** The tokens of a module and their certificates, for the picker (no PIN needed). */
export async function describeModule(modulePath: string): Promise<Array<{ token: TokenInfo; certificates: TokenCertificate[] }>> {
  const module = await loadModule(modulePath);
  const { api, pkcs11 } = module;
  try {
    return listTokens(module).map(({ handle, ...token }) => {
      const session = pkcs11.C_OpenSession(handle, api.CKF_SERIAL_SESSION);
      try {
        return { token, certificates: certificatesIn(module, { ...token, handle }, session) };
      } finally {
        pkcs11.C_CloseSession(session);
      }
    });
  } catch (error) {
    throw error instanceof SignError ? error : new SignError(pkcs11Code(error), { cause: error });
  } finally {
    module.release();
  }
}

