/** The signer identity and the keys that can sign: a Node key, a WebCrypto key or a key held elsewhere. */
import { KeyObject, webcrypto } from 'node:crypto';
import { SignError } from './codes';

/** A WebCrypto private key, as Node types it. */
export type SigningCryptoKey = webcrypto.CryptoKey;

/**
 * A key that signs without handing over its material: a smart card or HSM through PKCS#11, or a
 * WebCrypto key. Always SHA-256.
 */
export interface ExternalSigningKey {
  readonly type: 'external';
  readonly algorithm: 'RSASSA-PKCS1-v1_5' | 'ECDSA';
  /**
   * Signs `data` (hashing it with SHA-256 itself): an RSA PKCS#1 v1.5 signature, or for ECDSA the
   * raw r||s pair that WebCrypto and PKCS#11 both return.
   */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** Every kind of key the signing functions accept. */
export type SigningKey = KeyObject | SigningCryptoKey | ExternalSigningKey;

/** What the signing functions need; an ok {@link P12Result} is one, and so is a PKCS#11 token signer. */
export interface SignerIdentity {
  /** Private key: a Node KeyObject (what `loadP12` returns), a WebCrypto key, or an external key. */
  key: SigningKey;
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
 * A non-extractable WebCrypto key. The PKCS#8 bytes exist only for the import and are zeroed right
 * after, so the key material does not linger in a buffer we own.
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

function isExternal(key: SigningKey): key is ExternalSigningKey {
  return !(key instanceof KeyObject) && (key as Partial<ExternalSigningKey>).type === 'external';
}

/** Any accepted key as an {@link ExternalSigningKey}, so that CMS is built by one code path for all. */
export async function toSigningKey(key: SigningKey): Promise<ExternalSigningKey> {
  if (isExternal(key)) return key;
  const cryptoKey = await toCryptoKey(key);
  const name = cryptoKey.algorithm.name;
  if (name !== 'RSASSA-PKCS1-v1_5' && name !== 'ECDSA') throw new SignError('CHIAVE_NON_SUPPORTATA');
  const params = name === 'ECDSA' ? { name, hash: 'SHA-256' } : { name };
  return {
    type: 'external',
    algorithm: name,
    sign: async (data) => new Uint8Array(await webcrypto.subtle.sign(params, cryptoKey, data)),
  };
}
