/** The pkijs crypto engine on Node's WebCrypto, created once. */
import { webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';

/** pkijs types its parameter with the DOM `Crypto`, which Node's typings describe as `webcrypto.Crypto`. */
type EngineCrypto = ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];

let engine: pkijs.CryptoEngine | undefined;

/**
 * The pkijs engine backed by `crypto.webcrypto`. It is also installed as pkijs' global engine because
 * some pkijs internals (certificate parsing helpers) ignore an explicit engine argument.
 */
export function cryptoEngine(): pkijs.CryptoEngine {
  if (!engine) {
    engine = new pkijs.CryptoEngine({ name: 'node-webcrypto', crypto: webcrypto as unknown as EngineCrypto });
    pkijs.setEngine('node-webcrypto', engine);
  }
  return engine;
}
