/** Tokens (smart cards, HSM slots) of a PKCS#11 module and the signing certificates they hold. */
import type * as Pkcs11js from 'pkcs11js';
import { checkCodiceFiscale } from '../../../core/codes';
import { describeCertificate, parseCertificate } from '../cert-info';
import { SignError } from '../codes';
import { pkcs11Code, type LoadedModule } from './library';

/** CK_TOKEN_INFO flags the user should hear about (PKCS#11 v2.40, 3.2). */
const CKF = { loginRequired: 0x4, tokenInitialized: 0x400, pinPad: 0x100, pinCountLow: 0x10000, pinFinalTry: 0x20000, pinLocked: 0x40000 } as const;

/** A token as the picker shows it. */
export interface TokenInfo {
  /** The slot handle as hex: stable while the module stays open. */
  slot: string;
  label: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  /** The card has a PIN pad (protected authentication path): the PIN is typed there, not here. */
  pinPad: boolean;
  /** The last PIN attempt before the card locks. */
  pinFinalTry: boolean;
  pinLocked: boolean;
}

/** A certificate on a token. */
export interface TokenCertificate {
  token: string;
  /** CKA_ID as hex: pairs the certificate with its private key. */
  id: string;
  label: string;
  der: Uint8Array;
  holder?: string;
  /** From the subject serialNumber (TINIT-<CF>), present only when its check character is right. */
  fiscalCode?: string;
  notBefore: Date;
  notAfter: Date;
  /** keyUsage nonRepudiation: the qualified signature certificate, rather than the CNS authentication one. */
  nonRepudiation: boolean;
  canSign: boolean;
}

const text = (value: string): string => value.replace(/\0/g, '').trim();

function tokenInfo(module: LoadedModule, slot: Buffer): TokenInfo {
  const info = module.pkcs11.C_GetTokenInfo(slot);
  return {
    slot: slot.toString('hex'),
    label: text(info.label),
    manufacturer: text(info.manufacturerID),
    model: text(info.model),
    serialNumber: text(info.serialNumber),
    pinPad: (info.flags & CKF.pinPad) !== 0,
    pinFinalTry: (info.flags & CKF.pinFinalTry) !== 0,
    pinLocked: (info.flags & CKF.pinLocked) !== 0,
  };
}

/** The initialised tokens present in the module's slots (SoftHSM, for one, always shows an empty one too). */
export function listTokens(module: LoadedModule): Array<TokenInfo & { handle: Buffer }> {
  try {
    return module.pkcs11.C_GetSlotList(true)
      .filter((slot) => (module.pkcs11.C_GetTokenInfo(slot).flags & CKF.tokenInitialized) !== 0)
      .map((slot) => ({ ...tokenInfo(module, slot), handle: slot }));
  } catch (error) {
    throw new SignError(pkcs11Code(error), { cause: error });
  }
}

/** Runs a search for objects matching `template` in `session` (at most 1000: a token holds a handful). */
export function findObjects(pkcs11: Pkcs11js.PKCS11, session: Buffer, template: Pkcs11js.Template): Buffer[] {
  pkcs11.C_FindObjectsInit(session, template);
  try {
    return pkcs11.C_FindObjects(session, 1000);
  } finally {
    pkcs11.C_FindObjectsFinal(session);
  }
}

/** The codice fiscale of a certificate subject when its check character is right. */
export function verifiedFiscalCode(code: string | undefined): string | undefined {
  return code !== undefined && checkCodiceFiscale(code).ok ? code : undefined;
}

/** The X.509 certificates of a token (public objects: no login needed). Unreadable ones are skipped. */
export function certificatesIn(module: LoadedModule, token: TokenInfo & { handle: Buffer }, session: Buffer): TokenCertificate[] {
  const { api, pkcs11 } = module;
  const handles = findObjects(pkcs11, session, [
    { type: api.CKA_CLASS, value: api.CKO_CERTIFICATE },
    { type: api.CKA_CERTIFICATE_TYPE, value: api.CKC_X_509 },
  ]);
  const out: TokenCertificate[] = [];
  for (const handle of handles) {
    try {
      const [value, id, label] = pkcs11.C_GetAttributeValue(session, handle, [
        { type: api.CKA_VALUE }, { type: api.CKA_ID }, { type: api.CKA_LABEL },
      ]);
      const der = new Uint8Array(value?.value ?? []);
      const info = describeCertificate(parseCertificate(der));
      out.push({
        token: token.label,
        id: (id?.value ?? Buffer.alloc(0)).toString('hex'),
        label: (label?.value ?? Buffer.alloc(0)).toString('utf8'),
        der,
        holder: info.subject.commonName,
        fiscalCode: verifiedFiscalCode(info.subject.fiscalCode),
        notBefore: info.notBefore,
        notAfter: info.notAfter,
        nonRepudiation: info.nonRepudiation,
        canSign: info.canSign,
      });
    } catch {
      // Not a certificate we can read: not offered.
    }
  }
  return out;
}
