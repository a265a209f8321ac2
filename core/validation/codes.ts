import type { SchemaKeyword } from '../generated/schema-codes';

/**
 * Every code a rule of Proposta can raise, with its severity and what it is about. Rules, the
 * eligibility report and the tests import these codes: a misspelt code fails `tsc`. Codes are stable
 * (tools and the submission manifest match on them); retire a code rather than reuse it.
 *
 * Retired, never to be reused: `DPIA_CONSIGLIATA` and `AI_RISCHIO_ALTO` (format 4: the DPIA need and
 * the obligations of a high-risk system are derived from the questionnaires, see core/compliance).
 */
export const RULE_CODES = {
  // The call and the window
  AVVISO_DIVERSO: { severity: 'errore', about: 'La proposta è per un altro Avviso' },
  AVVISO_VERSIONE_DIVERSA: { severity: 'avviso', about: "Controllata con un'altra versione del profilo dell'Avviso" },
  SPORTELLO_CHIUSO: { severity: 'errore', about: 'La finestra di presentazione è chiusa' },
  SPORTELLO_NON_APERTO: { severity: 'avviso', about: 'La finestra di presentazione non è ancora aperta' },
  SPORTELLO_IN_CHIUSURA: { severity: 'avviso', about: 'La finestra di presentazione si chiude entro 14 giorni' },
  DA_VERIFICARE_FINESTRA: { severity: 'nota', about: 'Date della finestra non indicate dal profilo' },
  ID_DUPLICATO: { severity: 'errore', about: 'Due righe di un elenco hanno lo stesso identificativo' },
  DATA_NON_LEGGIBILE: { severity: 'errore', about: 'Una data scritta nell\'editor che non si può leggere (non ancora nella proposta)' },
  // Checks of every document a service receives (services/app/document.ts)
  NUMERO_FUORI_SCALA: { severity: 'errore', about: 'Un numero oltre ogni valore possibile (infinito, 1e308)' },
  TESTO_TROPPO_LUNGO: { severity: 'errore', about: 'Un testo oltre il doppio del suo limite: non si esporta' },
  NUMERO_NON_LEGGIBILE: { severity: 'errore', about: 'Un numero scritto nell\'editor che non si può leggere (non ancora nella proposta)' },
  // Ente proponente
  TIPO_NON_AMMESSO: { severity: 'errore', about: "Tipo di ente non ammesso dall'Avviso" },
  TIPO_ENTE_INCOERENTE: { severity: 'errore', about: 'Il codice ISTAT è di un ente di altro tipo' },
  PARTNER_NON_AMMESSI: { severity: 'errore', about: "Comuni aggregati indicati per un ente che non è un'aggregazione" },
  POP_MANCANTE: { severity: 'errore', about: 'Popolazione non indicata' },
  POP_DATA_MANCANTE: { severity: 'errore', about: 'Data di riferimento della popolazione non indicata' },
  POP_FONTE_MANCANTE: { severity: 'errore', about: 'Fonte della popolazione non indicata' },
  POP_DIVERSA_DAL_CENSIMENTO: { severity: 'avviso', about: 'Popolazione molto diversa dal censimento 2011' },
  POP_SOTTO_SOGLIA: { severity: 'errore', about: 'Comune singolo sotto la soglia di popolazione' },
  POP_AGGREGAZIONE_SOTTO_SOGLIA: { severity: 'errore', about: "Popolazione dell'aggregazione sotto la soglia" },
  AGGREGAZIONE_POCHI_COMUNI: { severity: 'errore', about: 'Aggregazione con meno Comuni del minimo' },
  COMUNE_DUPLICATO: { severity: 'errore', about: 'Lo stesso Comune indicato due volte' },
  ISTAT_MANCANTE: { severity: 'errore', about: 'Codice ISTAT non indicato' },
  ISTAT_NON_PUGLIESE: { severity: 'errore', about: 'Codice ISTAT di un ente fuori dalla Puglia' },
  CF_MANCANTE: { severity: 'errore', about: 'Codice fiscale non indicato' },
  CF_FORMATO: { severity: 'errore', about: 'Codice fiscale di forma errata' },
  CF_CONTROLLO: { severity: 'errore', about: 'Codice fiscale con carattere di controllo errato' },
  IPA_MANCANTE: { severity: 'errore', about: 'Codice IPA non indicato' },
  IPA_FORMATO: { severity: 'errore', about: 'Codice IPA di forma errata' },
  PEC_MANCANTE: { severity: 'errore', about: 'PEC non indicata' },
  PEC_FORMATO: { severity: 'errore', about: 'PEC scritta in modo errato' },
  EMAIL_FORMATO: { severity: 'errore', about: 'E-mail scritta in modo errato' },
  ATTO_APPROVAZIONE_MANCANTE: { severity: 'errore', about: 'Atto di approvazione della proposta incompleto' },
  ADESIONE_MANCANTE: { severity: 'errore', about: "Atto di adesione di un Comune aggregato incompleto" },
  // Ownership of body-owned parts (format 5)
  BANCA_ENTE_SCONOSCIUTO: { severity: 'errore', about: 'Banca dati di un ente che non fa parte della proposta' },
  ALLEGATO_ENTE_SCONOSCIUTO: { severity: 'errore', about: 'Allegato di un ente che non fa parte della proposta' },
  QUOTE_COFINANZIAMENTO_OLTRE: { severity: 'errore', about: 'Le quote di cofinanziamento dei Comuni aggregati superano il cofinanziamento' },
  SCAMBIO_ENTE_SCONOSCIUTO: { severity: 'avviso', about: 'Modulo registrato per un Comune che non fa più parte della proposta' },
  // Progetto and components
  CUP_FORMATO: { severity: 'errore', about: 'CUP di forma errata' },
  CUP_ANNO_FUTURO: { severity: 'errore', about: 'CUP con anno nel futuro' },
  QUALIFICANTE_MANCANTE: { severity: 'errore', about: 'Nessuna componente qualificante scelta' },
  AMBITO_ALTRO_MANCANTE: { severity: 'errore', about: 'Ambito «altro» non descritto' },
  DURATA_MANCANTE: { severity: 'errore', about: 'Durata del progetto non indicata' },
  DURATA_OLTRE_MASSIMO: { severity: 'errore', about: "Durata oltre il massimo dell'Avviso" },
  DA_VERIFICARE_DURATA: { severity: 'nota', about: 'Durata massima non indicata dal profilo' },
  AVVIO_MANCANTE: { severity: 'avviso', about: 'Mese di avvio non indicato' },
  BASE_GIURIDICA_MANCANTE: { severity: 'errore', about: 'Base giuridica di una banca dati con dati personali non indicata' },
  DATI_PARTICOLARI_INCOERENTI: { severity: 'errore', about: 'Categorie particolari senza dati personali' },
  LICENZA_MANCANTE: { severity: 'avviso', about: 'Licenza dei dati aperti non indicata' },
  HOSTING_MANCANTE: { severity: 'errore', about: 'Modello di hosting non scelto' },
  ACCESSIBILITA_CRUSCOTTO: { severity: 'avviso', about: 'Accessibilità di un cruscotto pubblico non descritta' },
  COMPONENTE_D_INCOMPLETA: { severity: 'errore', about: 'Componente d) scelta ma incompleta' },
  COMPONENTE_E_INCOMPLETA: { severity: 'errore', about: 'Componente e) scelta ma incompleta' },
  PROCESSO_SENZA_MIGLIORAMENTO: { severity: 'avviso', about: 'Processo senza miglioramento dei tempi' },
  // Cronoprogramma
  ATTIVITA_FINE_PRIMA_INIZIO: { severity: 'errore', about: 'Attività che finisce prima di iniziare' },
  ATTIVITA_OLTRE_DURATA: { severity: 'errore', about: 'Attività oltre la durata del progetto' },
  ATTIVITA_COMPONENTE_NON_SCELTA: { severity: 'errore', about: 'Attività di una componente non scelta' },
  COMPONENTE_SENZA_ATTIVITA: { severity: 'avviso', about: 'Componente senza attività' },
  // Piano economico
  IMPORTO_NEGATIVO: { severity: 'errore', about: 'Importo negativo' },
  IMPORTO_DECIMALI: { severity: 'errore', about: 'Importo con più di due decimali' },
  VOCE_COMPONENTE_NON_SCELTA: { severity: 'errore', about: 'Voce di spesa di una componente non scelta' },
  VOCE_ENTE_SCONOSCIUTO: { severity: 'errore', about: 'Voce di spesa di un ente che non fa parte della proposta' },
  FINANZIAMENTO_INCOERENTE: { severity: 'errore', about: 'Contributo e cofinanziamento non coprono esattamente il costo' },
  COMPONENTE_SENZA_SPESE: { severity: 'avviso', about: 'Componente senza spese' },
  CONTRIBUTO_OLTRE_MASSIMO: { severity: 'errore', about: "Contributo oltre il massimo dell'Avviso" },
  CONTRIBUTO_OLTRE_DOTAZIONE: { severity: 'avviso', about: "Contributo oltre la dotazione dell'Avviso" },
  COSTO_SOTTO_MINIMO: { severity: 'errore', about: "Costo sotto il minimo dell'Avviso" },
  COFINANZIAMENTO_INSUFFICIENTE: { severity: 'errore', about: 'Cofinanziamento sotto il minimo' },
  IVA_NON_AMMISSIBILE: { severity: 'errore', about: "IVA tra le spese, non ammessa dall'Avviso" },
  CATEGORIA_NON_AMMESSA: { severity: 'errore', about: 'Categoria di costo non ammessa' },
  CATEGORIA_OLTRE_TETTO: { severity: 'errore', about: 'Categoria di costo oltre il tetto' },
  DA_VERIFICARE_CONTRIBUTO_MASSIMO: { severity: 'nota', about: 'Contributo massimo non indicato dal profilo' },
  DA_VERIFICARE_COSTO_MINIMO: { severity: 'nota', about: 'Costo minimo non indicato dal profilo' },
  DA_VERIFICARE_COFINANZIAMENTO: { severity: 'nota', about: 'Cofinanziamento minimo non indicato dal profilo' },
  DA_VERIFICARE_IVA: { severity: 'nota', about: "Ammissibilità dell'IVA non indicata dal profilo" },
  DA_VERIFICARE_CATEGORIE: { severity: 'nota', about: 'Categorie ammesse non indicate dal profilo' },
  DA_VERIFICARE_TETTI: { severity: 'nota', about: 'Tetti per categoria non indicati dal profilo' },
  // Indicatori, conformità, allegati
  INDICATORI_RISULTATO_MANCANTI: { severity: 'avviso', about: 'Nessun indicatore di risultato' },
  INDICATORE_TARGET_MANCANTE: { severity: 'errore', about: 'Indicatore senza valore obiettivo' },
  INDICATORE_BASELINE_MANCANTE: { severity: 'avviso', about: 'Indicatore senza valore di partenza' },
  DA_VERIFICARE_INDICATORI: { severity: 'nota', about: 'Indicatori di risultato non indicati dal profilo' },
  DPIA_NON_INDICATA: { severity: 'errore', about: 'DPIA non indicata' },
  // The AI Act and GDPR helper (core/compliance): classes and obligations derived from the questionnaires
  IA_PRATICA_VIETATA: { severity: 'errore', about: "Sistema di IA che rientra in una pratica vietata dall'AI Act (art. 5)" },
  IA_ALTO_RISCHIO_SENZA_FRIA: { severity: 'errore', about: "Sistema ad alto rischio senza piano della valutazione d'impatto sui diritti fondamentali" },
  IA_ALTO_RISCHIO_SENZA_SORVEGLIANZA: { severity: 'errore', about: 'Sistema ad alto rischio senza misure di sorveglianza umana descritte' },
  IA_ALTO_RISCHIO_SENZA_LOG: { severity: 'errore', about: 'Sistema ad alto rischio senza conservazione dei log descritta' },
  IA_TRASPARENZA_SENZA_AVVISO: { severity: 'avviso', about: 'Obblighi di informazione delle persone senza avviso descritto' },
  IA_SENZA_SORVEGLIANZA_UMANA: { severity: 'avviso', about: 'Sistema di IA senza supervisione umana descritta' },
  IA_CLASSE_DICHIARATA_DIVERSA: { severity: 'avviso', about: 'Classe di rischio dichiarata diversa da quella che risulta dal questionario' },
  IA_QUESTIONARIO_INCOMPLETO: { severity: 'avviso', about: 'Questionario di un sistema di IA senza le risposte che ne decidono la classe' },
  DPIA_DERIVATA_NECESSARIA: { severity: 'avviso', about: 'DPIA necessaria secondo i questionari ma non indicata come prevista' },
  DPIA_DA_COMPLETARE: { severity: 'avviso', about: 'DPIA indicata come non necessaria con risposte mancanti che potrebbero renderla necessaria' },
  DPIA_DERIVATA_NON_NECESSARIA: { severity: 'nota', about: 'DPIA prevista benché nessun criterio considerato la renda necessaria' },
  IA_DATI_INVENTARIO: { severity: 'nota', about: "Risposta sui dati personali diversa da ciò che dice l'inventario delle banche dati" },
  ALLEGATO_DUPLICATO: { severity: 'errore', about: 'Lo stesso file allegato due volte' },
  ALLEGATO_RICHIESTO_MANCANTE: { severity: 'errore', about: "Allegato richiesto dall'Avviso mancante" },
  ALLEGATO_DELIBERA_MANCANTE: { severity: 'avviso', about: 'Delibera di approvazione non allegata' },
  ALLEGATO_ADESIONE_MANCANTE: { severity: 'avviso', about: 'Atti di adesione non allegati' },
  ALLEGATO_FILE_MANCANTE: { severity: 'errore', about: 'Il file di un allegato non è nella cartella della proposta' },
  ALLEGATO_FILE_DIVERSO: { severity: 'errore', about: 'Il file di un allegato è cambiato dopo essere stato allegato' },
  ALLEGATO_FUORI_CARTELLA: { severity: 'errore', about: 'Il file di un allegato è fuori dalla cartella della proposta' },
  ALLEGATO_NON_LEGGIBILE: { severity: 'errore', about: 'Il file di un allegato non si può leggere' },
  DA_VERIFICARE_ALLEGATI: { severity: 'nota', about: 'Allegati richiesti non indicati dal profilo' },
  // The merged replies of the partners, kept beside the proposal (core/partner/reply-file.ts)
  RISPOSTA_FILE_MANCANTE: { severity: 'errore', about: 'Il file della risposta unita di un Comune non è nella cartella «risposte»' },
  RISPOSTA_FILE_DIVERSO: { severity: 'errore', about: 'Il file della risposta di un Comune non è la risposta unita alla proposta' },
  RISPOSTA_FUORI_CARTELLA: { severity: 'errore', about: 'Il file della risposta di un Comune è fuori dalla cartella della proposta' },
  RISPOSTA_NON_LEGGIBILE: { severity: 'errore', about: 'Il file della risposta di un Comune non si può leggere' },
  // The rule data of the AI Act and GDPR (templates/norme/), checked when loaded
  NORME_ID_DOPPIO: { severity: 'errore', about: 'Due regole delle norme con lo stesso identificativo' },
  NORME_ATTO_IGNOTO: { severity: 'errore', about: 'Una regola delle norme cita un atto non elencato' },
} as const satisfies Record<string, { severity: 'errore' | 'avviso' | 'nota'; about: string }>;

export type RuleCode = keyof typeof RULE_CODES;

/** A schema finding: `SCHEMA_` and the JSON Schema keyword that failed (keywords our schemas use). */
export type SchemaCode = `SCHEMA_${Uppercase<SchemaKeyword>}` | 'SCHEMA_ALTRO';

/** Any code an issue can carry. */
export type IssueCode = RuleCode | SchemaCode;

/** The code of a rule with this severity: a rule cannot raise a warning code as an error. */
export type CodeOf<S extends 'errore' | 'avviso' | 'nota'> = {
  [K in RuleCode]: (typeof RULE_CODES)[K]['severity'] extends S ? K : never;
}[RuleCode];

/** True for a code in the catalogue (for codes that come from outside: files, tools, tests' data). */
export function isRuleCode(code: string): code is RuleCode {
  return Object.hasOwn(RULE_CODES, code);
}
