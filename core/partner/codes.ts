/**
 * Why a partner module or a reply is refused: stable codes (tools and tests match on them), each with
 * the Italian sentence the officer reads. Retire a code rather than reuse it.
 */
export const PARTNER_CODES = {
  PARTNER_SCONOSCIUTO: 'Nella proposta non c\'è un Comune aggregato con questo identificativo: controlla l\'identificativo nella sezione Ente proponente.',
  PARTNER_NON_AGGREGAZIONE: 'La proposta non è di un\'aggregazione di Comuni: i moduli si preparano solo per i Comuni aggregati.',
  MODULO_NON_VALIDO: 'Il file non è un modulo di Proposta per un Comune aggregato, oppure è stato modificato a mano e non è più leggibile: chiedi al Comune di inviare di nuovo il modulo preparato con Proposta.',
  MODULO_VERSIONE_PIU_RECENTE: 'Il modulo è stato scritto da una versione più recente di Proposta: aggiorna Proposta per importarlo.',
  RISPOSTA_ALTRA_PROPOSTA: 'La risposta è relativa a un\'altra proposta: controlla di aver scelto il file giusto.',
  RISPOSTA_SENZA_RICHIESTA: 'Per questo Comune non risulta inviato il modulo a cui la risposta si riferisce: prepara e invia un nuovo modulo.',
  RISPOSTA_RICHIESTA_SUPERATA: 'La risposta si riferisce a un modulo più vecchio dell\'ultimo inviato a questo Comune: chiedi al Comune di rispondere all\'ultimo modulo.',
  RISPOSTA_GIA_UNITA: 'Questa risposta è già stata unita alla proposta: per nuove modifiche prepara e invia un nuovo modulo al Comune.',
  RISPOSTA_BASE_ALTERATA: 'Il modulo restituito non riporta le parti del Comune come erano state inviate (il file è stato modificato a mano): chiedi al Comune di compilare il modulo originale.',
  RISPOSTA_FUORI_PARTE: 'La risposta modifica dati che non appartengono al Comune: il Comune può cambiare solo le proprie parti. Nessuna modifica è stata applicata.',
  RISPOSTA_VOCE_ALTRO_ENTE: 'La risposta contiene voci di spesa attribuite a un altro ente (il capofila o un altro Comune): il Comune può indicare solo le proprie spese. Nessuna modifica è stata applicata.',
  RISPOSTA_NON_FIRMATA: 'La risposta non è firmata digitalmente: per importarla comunque conferma esplicitamente (--accetta-non-firmata).',
  RISPOSTA_FIRMA_NON_VALIDA: 'La firma della risposta non è valida (il file è stato modificato dopo la firma, oppure il certificato è scaduto o non adatto alla firma): chiedi al Comune di firmare di nuovo il modulo. Per importarla comunque conferma esplicitamente (--accetta-non-firmata).',
  RISPOSTA_FIRMATARIO_DIVERSO: 'La risposta è firmata da una persona il cui codice fiscale non è quello del legale rappresentante del Comune indicato nella proposta: verifica chi ha firmato. Per importarla comunque conferma esplicitamente (--accetta-non-firmata).',
  RISPOSTA_RAPPRESENTANTE_SENZA_CF: 'Il legale rappresentante del Comune non ha un codice fiscale nella proposta né nella risposta, quindi il firmatario non si può confrontare: inserisci il codice fiscale nella sezione Ente proponente. Per importarla comunque conferma esplicitamente (--accetta-non-firmata).',
  /** Retired: signed replies are read since format 5's second phase. */
  RISPOSTA_FIRMA_NON_DISPONIBILE: 'La verifica della firma delle risposte (.p7m) non è ancora disponibile in questa versione di Proposta: la risposta non è stata importata.',
} as const;

export type PartnerCode = keyof typeof PARTNER_CODES;

/** A refusal: its code, its message, and the fields it is about (JSON pointers in the module). */
export interface PartnerRefusal {
  readonly code: PartnerCode;
  readonly message: string;
  readonly fields: readonly string[];
}

/** The refusal with that code. */
export const refusal = (code: PartnerCode, fields: readonly string[] = []): PartnerRefusal => ({ code, message: PARTNER_CODES[code], fields });
