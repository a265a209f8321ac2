/** CAdES-BES detached signatures (.p7s), used for the package manifest. */
import { signCmsDetached } from './cms-sign';
import type { SignerIdentity } from './key';

/** Options of {@link signCadesDetached}. */
export interface CadesOptions {
  /** Claimed signing time, written as the signingTime signed attribute when given. */
  signingTime?: Date;
}

/**
 * Signs `content` as a detached CAdES-BES: DER CMS SignedData with SHA-256, contentType,
 * messageDigest, ESS signing-certificate-v2 and, when `opts.signingTime` is given, signingTime.
 * The returned bytes are what goes into the `.p7s` file.
 */
export function signCadesDetached(
  content: Uint8Array,
  signer: SignerIdentity,
  opts: CadesOptions = {},
): Promise<Uint8Array> {
  return signCmsDetached([content], signer, { signingTime: opts.signingTime });
}
