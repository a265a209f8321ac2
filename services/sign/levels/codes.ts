/** Codes and Italian messages of the verification levels that services/sign's MESSAGES does not have. */
export const LEVEL_MESSAGES = {
  IMPRONTA_CORRISPONDE: "L'impronta del documento corrisponde a quella firmata.",
  FIRMA_VALIDA: 'La firma corrisponde al certificato del firmatario (CAdES/PAdES con signing-certificate-v2).',
  CERTIFICATO_VALIDO: "Il certificato era valido all'ora indicata dal firmatario ed è valido oggi.",
  ORA_DI_FIRMA_NON_PROVATA: "Il certificato non è valido oggi e la firma non ha una marca temporale verificata: l'ora di firma è solo dichiarata dal firmatario, quindi non si può provare che il certificato fosse valido quando ha firmato.",
  ORA_DI_FIRMA_NEL_FUTURO: "L'ora di firma dichiarata è nel futuro: l'orologio del firmatario era sbagliato o l'ora è stata alterata.",
  CATENA_FIDATA: 'Il certificato è emesso da un certificatore fidato.',
  CATENA_NON_FIDATA: "Il certificato non risale a un certificatore fidato (né dall'elenco di fiducia né dal file --ca indicato).",
  CATENA_NON_VALIDA: 'La catena del certificato contiene un certificatore non valido alla data della firma.',
  CERTIFICATO_NON_LEGGIBILE: 'Il certificato del firmatario non è leggibile.',
  NESSUNA_ANCORA_DI_FIDUCIA: "Nessun elenco di fiducia indicato (--elenco-fiducia o --ca): non si sa se il certificatore sia fidato.",
  CODICE_FISCALE_CORRISPONDE: 'Il codice fiscale del firmatario è quello del rappresentante legale indicato nella proposta.',
  CODICE_FISCALE_VALIDO: "Il certificato riporta un codice fiscale valido (documento firmato da chi ne è responsabile, non confrontato con il rappresentante legale).",
  CODICE_FISCALE_ASSENTE: 'Il certificato non riporta il codice fiscale del firmatario (serialNumber TINIT-…).',
  CODICE_FISCALE_ERRATO: 'Il codice fiscale nel certificato ha il carattere di controllo sbagliato: non è un codice fiscale valido.',
  FIRMATARIO_DIVERSO_DAL_RAPPRESENTANTE: 'Il firmatario non è il rappresentante legale indicato nella proposta (codice fiscale diverso).',
  RAPPRESENTANTE_NON_INDICATO: 'Non è indicato il codice fiscale del rappresentante legale con cui confrontare il firmatario.',
  NON_FIRMATO: 'Il file non è firmato.',
  NESSUN_FILE_FIRMATO: 'Non è stato verificato alcun file firmato.',
  NON_VERIFICATO_A_CAUSA_DI_ALTRI_ERRORI: 'Controllo non eseguito: la firma non è valida.',
} as const;

export type LevelCode = keyof typeof LEVEL_MESSAGES;
