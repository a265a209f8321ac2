/** From the cryptographic checks of services/sign to the levels of {@link SignerReport}. */
import { checkCodiceFiscale } from '../../../core/codes';
import { describeCertificate, parseCertificate } from '../cert-info';
import { MESSAGES, type VerifyProblemCode } from '../codes';
import type { SignerVerification } from '../cms-verify';
import { buildChain } from '../trust/chain';
import type { VerifyProblem } from '../verify-types';
import { LEVEL_MESSAGES, type LevelCode } from './codes';
import type { LevelName, LevelOutcome, LevelResult, SignerReport, TrustContext } from './types';

/** Which level each problem of the cryptographic checks belongs to (all of them make it "non-valido"). */
const LEVEL_OF: Readonly<Partial<Record<VerifyProblemCode, LevelName>>> = {
  IMPRONTA_DIVERSA: 'integrita',
  BYTERANGE_NON_COPRE_IL_FILE: 'integrita',
  MODIFICATO_DOPO_LA_FIRMA: 'integrita',
  CMS_NON_VALIDO: 'firma',
  CERTIFICATO_FIRMATARIO_MANCANTE: 'firma',
  ATTRIBUTI_FIRMATI_MANCANTI: 'firma',
  ALGORITMO_NON_SUPPORTATO: 'firma',
  FIRMA_NON_VALIDA: 'firma',
  SIGNING_CERTIFICATE_V2_MANCANTE: 'firma',
  SIGNING_CERTIFICATE_V2_DIVERSO: 'firma',
  SIGNING_TIME_NON_AMMESSO: 'firma',
  SUBFILTER_NON_PADES: 'firma',
  CERTIFICATO_SCADUTO_ALLA_FIRMA: 'certificato',
  CERTIFICATO_NON_ANCORA_VALIDO_ALLA_FIRMA: 'certificato',
  CERTIFICATO_SENZA_USO_FIRMA: 'certificato',
};

/** A level result with its standard message. */
export function level(name: LevelName, outcome: LevelOutcome, code: LevelCode | VerifyProblemCode): LevelResult {
  const message = (LEVEL_MESSAGES as Record<string, string>)[code] ?? (MESSAGES as Record<string, string>)[code] ?? code;
  return { level: name, outcome, code, message };
}

/** A small tolerance for clocks: a claimed time this far ahead of ours is still "now". */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

function certificateLevel(cert: Uint8Array, claimed: Date | undefined, now: Date): LevelResult {
  const info = describeCertificate(parseCertificate(cert));
  if (claimed && claimed.getTime() > now.getTime() + CLOCK_SKEW_MS) return level('certificato', 'non-fidato', 'ORA_DI_FIRMA_NEL_FUTURO');
  // Without a verified timestamp only today's validity is a fact: a back-dated signingTime proves nothing.
  const validNow = now >= info.notBefore && now <= info.notAfter;
  return validNow ? level('certificato', 'superato', 'CERTIFICATO_VALIDO') : level('certificato', 'non-fidato', 'ORA_DI_FIRMA_NON_PROVATA');
}

function fiscalCodeLevel(code: string | undefined, expected: string | undefined, anySigner: boolean): LevelResult {
  if (!code) return level('codice-fiscale', 'non-fidato', 'CODICE_FISCALE_ASSENTE');
  if (!checkCodiceFiscale(code).ok) return level('codice-fiscale', 'non-fidato', 'CODICE_FISCALE_ERRATO');
  if (anySigner) return level('codice-fiscale', 'superato', 'CODICE_FISCALE_VALIDO');
  if (expected === undefined || expected.trim() === '') return level('codice-fiscale', 'non-verificato', 'RAPPRESENTANTE_NON_INDICATO');
  return code === expected.trim().toUpperCase()
    ? level('codice-fiscale', 'superato', 'CODICE_FISCALE_CORRISPONDE')
    : level('codice-fiscale', 'non-fidato', 'FIRMATARIO_DIVERSO_DAL_RAPPRESENTANTE');
}

/**
 * The five levels of one signer. `problems` are the signer's findings (for a PDF signature, those of
 * the signature field too); `claimedTime` is the signingTime attribute or the PDF's /M.
 */
export function assessSigner(
  verification: SignerVerification,
  problems: readonly VerifyProblem[],
  claimedTime: Date | undefined,
  ctx: TrustContext,
): SignerReport {
  const byLevel = (name: LevelName) => problems.find((p) => LEVEL_OF[p.code] === name);
  const failed = (name: LevelName, pass: LevelCode): LevelResult => {
    const p = byLevel(name);
    return p ? level(name, 'non-valido', p.code) : level(name, 'superato', pass);
  };
  const integrity = failed('integrita', 'IMPRONTA_CORRISPONDE');
  const signature = failed('firma', 'FIRMA_VALIDA');
  const cert = verification.certificate;
  const base = { name: verification.signer?.commonName, fiscalCode: verification.signer?.fiscalCode, claimedTime, timestampPresent: verification.hasTimestamp };
  if (!cert) {
    const skipped = (name: LevelName) => level(name, 'non-verificato', 'NON_VERIFICATO_A_CAUSA_DI_ALTRI_ERRORI');
    return { ...base, levels: [integrity, signature, skipped('certificato'), skipped('catena'), skipped('codice-fiscale')] };
  }
  const certificateProblem = byLevel('certificato');
  const certificate = certificateProblem
    ? level('certificato', 'non-valido', certificateProblem.code)
    : certificateLevel(cert, claimedTime, ctx.now);
  let chain: LevelResult;
  if (ctx.anchors.length === 0) {
    chain = level('catena', 'non-verificato', 'NESSUNA_ANCORA_DI_FIDUCIA');
  } else {
    const built = buildChain(cert, verification.embeddedCertificates, ctx.anchors, claimedTime ?? ctx.now);
    chain = built.trusted ? level('catena', 'superato', 'CATENA_FIDATA') : level('catena', 'non-fidato', built.code);
  }
  return { ...base, levels: [integrity, signature, certificate, chain, fiscalCodeLevel(base.fiscalCode, ctx.expectedFiscalCode, ctx.anySigner === true)] };
}
