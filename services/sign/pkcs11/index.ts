/** Smart cards and HSMs through PKCS#11: module paths, tokens, certificates, and a signer for CAdES and PAdES. */
export { installedModules, wellKnownModules, type KnownModule } from './modules';
export { describeModule, openTokenSigner, chooseCertificate, type TokenSelection, type TokenSigner } from './signer';
export type { TokenCertificate, TokenInfo } from './token';
