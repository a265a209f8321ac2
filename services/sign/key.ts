/** The signer identity and the import of its private key into WebCrypto. */
import { KeyObject, webcrypto } from 'node:crypto';
import { SignError } from './codes';

/** A WebCrypto private key, as Node types it. */
export type SigningCryptoKey = webcrypto.CryptoKey;

/** What the signing functions need; an ok {@link P12Result} is one. */
export interface SignerIdentity {
  /** Private key: a Node KeyObject (what `loadP12` returns) or a WebCrypto key with the "sign" usage. */
  key: KeyObject | SigningCryptoKey;
  /** Signer certificate, DER. */
  certificate: Uint8Array;
  /** Intermediate and root certificates, DER, embedded so that verifiers can build the path. */
  chain?: readonly Uint8Array[];
}

/** Node curve names to WebCrypto ones; only these curves have ECDSA in WebCrypto. */
const CURVES: Readonly<Record<string, string>> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
};

/** The WebCrypto import parameters for a key, or undefined when WebCrypto cannot sign with it. */
export function importAlgorithm(key: KeyObject): { name: string; hash?: string; namedCurve?: string } | undefined {
  if (key.asymmetricKeyType === 'rsa') return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  if (key.asymmetricKeyType === 'ec') {
    const curve = CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''];
    return curve ? { name: 'ECDSA', namedCurve: curve } : undefined;
  }
  return undefined;
}

/**
 * A non-extractable WebCrypto key for pkijs. The PKCS#8 bytes exist only for the import and are
 * zeroed right after, so the key material does not linger in a buffer we own.
 */
export async function toCryptoKey(key: KeyObject | SigningCryptoKey): Promise<SigningCryptoKey> {
  if (!(key instanceof KeyObject)) return key;
  const algorithm = importAlgorithm(key);
  if (key.type !== 'private' || !algorithm) throw new SignError('CHIAVE_NON_SUPPORTATA');
  const pkcs8 = key.export({ format: 'der', type: 'pkcs8' });
  try {
    return await webcrypto.subtle.importKey('pkcs8', pkcs8, algorithm, false, ['sign']);
  } catch (error) {
    throw new SignError('CHIAVE_NON_SUPPORTATA', { cause: error });
  } finally {
    pkcs8.fill(0);
  }
}
