/**
 * Stable error and problem codes of the signing service, with the Italian text shown to municipal staff.
 * Codes never change once released: the UI and the logs key on them, not on the wording.
 */

/** Why a `.p12`/`.pfx` file cannot be used to sign. */
export type P12ErrorCode =
  | 'P12_PASSWORD_ERRATA'
  | 'P12_NON_VALIDO'
  | 'CHIAVE_MANCANTE'
  | 'CHIAVE_NON_SUPPORTATA'
  | 'CERTIFICATO_MANCANTE'
  | 'CERTIFICATO_SCADUTO'
  | 'CERTIFICATO_NON_ANCORA_VALIDO'
  | 'CERTIFICATO_SENZA_USO_FIRMA';

/** Why signing a document failed (thrown as {@link SignError}). */
export type SignErrorCode =
  | 'CHIAVE_NON_SUPPORTATA'
  | 'CERTIFICATO_NON_VALIDO'
  | 'PDF_NON_VALIDO'
  | 'PDF_GIA_FIRMATO'
  | 'SEGNAPOSTO_INSUFFICIENTE'
  | 'CHIAVE_NON_CORRISPONDE'
  | 'P7M_NON_VALIDO'
  | 'P7M_SENZA_CONTENUTO'
  | Pkcs11ErrorCode;

/** Why signing with a smart card or HSM through PKCS#11 failed. */
export type Pkcs11ErrorCode =
  | 'PKCS11_NON_DISPONIBILE'
  | 'PKCS11_MODULO_NON_CARICABILE'
  | 'TOKEN_NON_PRESENTE'
  | 'TOKEN_NON_TROVATO'
  | 'TOKEN_AMBIGUO'
  | 'CERTIFICATO_NON_TROVATO'
  | 'CERTIFICATO_AMBIGUO'
  | 'CHIAVE_TOKEN_NON_TROVATA'
  | 'PIN_ERRATO'
  | 'PIN_BLOCCATO'
  | 'TOKEN_ERRORE';


/** A problem found while verifying a CAdES or PAdES signature. */
export type VerifyProblemCode =
  | 'CMS_NON_VALIDO'
  | 'P7M_SENZA_CONTENUTO'
  | 'FIRMATARI_MULTIPLI'
  | 'CERTIFICATO_FIRMATARIO_MANCANTE'
  | 'ATTRIBUTI_FIRMATI_MANCANTI'
  | 'ALGORITMO_NON_SUPPORTATO'
  | 'IMPRONTA_DIVERSA'
  | 'FIRMA_NON_VALIDA'
  | 'SIGNING_CERTIFICATE_V2_MANCANTE'
  | 'SIGNING_CERTIFICATE_V2_DIVERSO'
  | 'SIGNING_TIME_NON_AMMESSO'
  | 'CERTIFICATO_SCADUTO_ALLA_FIRMA'
  | 'CERTIFICATO_NON_ANCORA_VALIDO_ALLA_FIRMA'
  | 'CERTIFICATO_SENZA_USO_FIRMA'
  | 'CERTIFICATO_NON_FIDATO'
  | 'PDF_NON_VALIDO'
  | 'PDF_NON_FIRMATO'
  | 'SUBFILTER_NON_PADES'
  | 'BYTERANGE_NON_COPRE_IL_FILE'
  | 'MODIFICATO_DOPO_LA_FIRMA';

/** Every code of this service. */
export type SignCode = P12ErrorCode | SignErrorCode | VerifyProblemCode;

/** Italian messages for each code: short, say what to do where the user can act. */
export const MESSAGES: Readonly<Record<SignCode, string>> = {
  P12_PASSWORD_ERRATA: 'La password del certificato non è corretta.',
  P12_NON_VALIDO: 'Il file non è un certificato di firma PKCS#12 (.p12/.pfx) leggibile.',
  CHIAVE_MANCANTE: 'Il file .p12 non contiene la chiave privata di firma.',
  CHIAVE_NON_SUPPORTATA: 'Il tipo di chiave del certificato non è supportato (servono RSA o ECDSA P-256/P-384/P-521).',
  CERTIFICATO_MANCANTE: 'Il file .p12 non contiene il certificato corrispondente alla chiave privata.',
  CERTIFICATO_SCADUTO: 'Il certificato di firma è scaduto.',
  CERTIFICATO_NON_ANCORA_VALIDO: 'Il certificato di firma non è ancora valido.',
  CERTIFICATO_SENZA_USO_FIRMA: 'Il certificato non è abilitato alla firma digitale.',
  CERTIFICATO_NON_VALIDO: 'Il certificato di firma non è leggibile.',
  PDF_NON_VALIDO: 'Il file PDF non è leggibile.',
  PDF_GIA_FIRMATO: 'Il PDF è già firmato: una nuova firma invaliderebbe quella esistente.',
  SEGNAPOSTO_INSUFFICIENTE: 'La firma è più grande dello spazio riservato nel PDF.',
  P7M_NON_VALIDO: 'Il file .p7m non è una busta di firma CAdES leggibile (né DER, né PEM, né base64).',
  P7M_SENZA_CONTENUTO: 'Il file .p7m non contiene il documento firmato (è una firma staccata, .p7s): servono il documento e la firma.',
  PKCS11_NON_DISPONIBILE: 'Il componente per le smart card (pkcs11js) non è installato in questa copia di Proposta: reinstallare l\'applicazione.',
  PKCS11_MODULO_NON_CARICABILE: 'Il modulo PKCS#11 indicato non si può caricare: controllare il percorso e che il software della smart card sia installato.',
  TOKEN_NON_PRESENTE: 'La smart card non è inserita nel lettore o il lettore non risponde.',
  TOKEN_NON_TROVATO: 'Nessuna smart card con questa etichetta: controllare la carta inserita o l\'etichetta indicata.',
  TOKEN_AMBIGUO: 'Sono inserite più smart card: indicare quale usare con la sua etichetta.',
  CERTIFICATO_NON_TROVATO: 'Sulla smart card non c\'è un certificato di firma corrispondente al codice fiscale o all\'etichetta indicati.',
  CERTIFICATO_AMBIGUO: 'Sulla smart card ci sono più certificati di firma: indicare quale usare (codice fiscale o etichetta).',
  CHIAVE_TOKEN_NON_TROVATA: 'Sulla smart card non c\'è la chiave privata del certificato scelto.',
  PIN_ERRATO: 'Il PIN non è corretto. Attenzione: dopo pochi tentativi errati la carta si blocca.',
  PIN_BLOCCATO: 'Il PIN della smart card è bloccato: sbloccarlo con il PUK tramite il software della carta.',
  TOKEN_ERRORE: 'La smart card ha risposto con un errore: riprovare, o firmare con il software della carta.',
  CHIAVE_NON_CORRISPONDE: 'La chiave usata per firmare non corrisponde al certificato scelto: scegliere il certificato della stessa coppia di chiavi.',
  CMS_NON_VALIDO: 'La busta di firma non è una struttura CMS SignedData valida.',
  FIRMATARI_MULTIPLI: 'La busta contiene più firmatari: è stato verificato solo il primo.',
  CERTIFICATO_FIRMATARIO_MANCANTE: 'La busta non contiene il certificato del firmatario.',
  ATTRIBUTI_FIRMATI_MANCANTI: 'La firma non ha attributi firmati (contentType, messageDigest): non è CAdES.',
  ALGORITMO_NON_SUPPORTATO: "L'algoritmo di impronta o di firma non è supportato.",
  IMPRONTA_DIVERSA: "Il documento è stato modificato dopo la firma (l'impronta non corrisponde).",
  FIRMA_NON_VALIDA: 'La firma non corrisponde alla chiave pubblica del certificato.',
  SIGNING_CERTIFICATE_V2_MANCANTE: "Manca l'attributo signing-certificate-v2 richiesto dai profili CAdES/PAdES baseline.",
  SIGNING_CERTIFICATE_V2_DIVERSO: "L'attributo signing-certificate-v2 non corrisponde al certificato del firmatario.",
  SIGNING_TIME_NON_AMMESSO: "La firma PAdES contiene l'attributo signingTime, escluso dal profilo baseline.",
  CERTIFICATO_SCADUTO_ALLA_FIRMA: 'Il certificato era scaduto al momento della firma.',
  CERTIFICATO_NON_ANCORA_VALIDO_ALLA_FIRMA: 'Il certificato non era ancora valido al momento della firma.',
  CERTIFICATO_NON_FIDATO: 'Il certificato non è emesso da un certificatore fidato.',
  PDF_NON_FIRMATO: 'Il PDF non contiene firme.',
  SUBFILTER_NON_PADES: 'La firma del PDF non è PAdES (SubFilter diverso da ETSI.CAdES.detached).',
  MODIFICATO_DOPO_LA_FIRMA: 'Dopo questa firma il PDF è stato modificato in una revisione successiva con qualcosa di diverso da altre firme: il documento mostrato può non essere quello firmato.',
  BYTERANGE_NON_COPRE_IL_FILE: "La firma non copre l'intero file PDF (ByteRange incompleto o contenuto aggiunto dopo la firma).",
};

/** A coded failure while signing; `message` is the Italian text of {@link MESSAGES}. */
export class SignError extends Error {
  readonly code: SignErrorCode;

  constructor(code: SignErrorCode, options?: { cause?: unknown }) {
    super(MESSAGES[code], options);
    this.name = 'SignError';
    this.code = code;
  }
}
