import type { AiClass } from './classify';
import { emptyQuestionnaire, type AiQuestionnaire } from './questions';

/** A completed questionnaire for one AI system of a starter in templates/examples/. */
export interface StarterSystem {
  /** File name of the starter without `.proposta.json`. */
  readonly starter: 'comune-singolo' | 'aggregazione' | 'provincia';
  readonly componente: 'd' | 'e';
  readonly nome: string;
  readonly questionario: AiQuestionnaire;
  /** The class an expert reading the starter would give. */
  readonly classeAttesa: AiClass;
  /** Why, in Italian, for the officer who opens the starter. */
  readonly perche: string;
}

const answers = (over: Partial<AiQuestionnaire>): AiQuestionnaire => ({ ...emptyQuestionnaire(), ...over });

/** Nothing biometric, no prohibited or Annex III use: the answers every starter shares. */
const NO_SENSITIVE_USE: Partial<AiQuestionnaire> = {
  prestazioniPubbliche: 'no', decisioniEffettiGiuridici: 'no', profilazione: 'no', identificazioneBiometrica: 'no',
  categorizzazioneBiometrica: 'no', riconoscimentoEmozioni: 'no', punteggioSociale: 'no', lavoro: 'no',
  infrastruttureCritiche: 'no', altroUsoAllegatoIII: 'no', contenutiPubblicati: 'no', soggettiVulnerabili: 'no',
};

/**
 * The three starters' AI systems. In all of them the body commissions the system and puts it into
 * service under its own name, which makes it the provider (art. 3, point 3, AI Act) as well as the
 * deployer; if a body buys a vendor's product as it is, it is only the deployer.
 */
export const STARTER_ANSWERS: readonly StarterSystem[] = [
  {
    starter: 'comune-singolo', componente: 'd', nome: 'Molfetta Risponde: assistente virtuale e ricerca semantica',
    questionario: answers({
      ...NO_SENSITIVE_USE, ruolo: 'fornitore', interazioneDiretta: 'si', generaContenuti: 'si',
      // It answers questions and routes them; it grants, refuses and decides nothing.
      compitoLimitato: 'no', revisioneUmana: 'no',
      // SPID/CIE users see their own TARI, IMU and SUAP positions; conversations are kept 90 days;
      // special categories are excluded from the index (source «protocollo»). A service for the
      // whole city's ~57,500 residents is large scale.
      datiPersonali: 'si', categorieParticolari: 'no', scalaDati: 'larga',
      datiTrattati: "Domande e conversazioni dei cittadini; per gli utenti autenticati, posizioni TARI e IMU e pratiche SUAP proprie. Escluse le categorie particolari.",
    }),
    classeAttesa: 'trasparenza',
    perche: "L'assistente interagisce con i cittadini e genera testi: obblighi di trasparenza dell'art. 50, par. 1 e 2. Informa e rimanda agli uffici ma non valuta l'accesso a prestazioni né decide: non rientra nell'allegato III. La DPIA è dovuta perché un sistema di IA tratta dati personali su larga scala (elenco del Garante, punto 7).",
  },
  {
    starter: 'aggregazione', componente: 'e', nome: 'Orchestrazione di SUAP, TARI, residenza e accesso agli atti',
    questionario: answers({
      ...NO_SENSITIVE_USE, ruolo: 'fornitore',
      // Citizens receive notices from approved templates, not from the AI.
      interazioneDiretta: 'no',
      // It drafts the text of requests for additional documents: synthetic text (art. 50, par. 2).
      generaContenuti: 'si',
      // Classification, extraction and completeness checks, each confirmed by the operator; TARI
      // reductions are tax relief, not the public assistance benefits of Annex III point 5(a)
      // (recital 58). If social (ISEE) relief were assessed by the AI, answer «sì» there.
      compitoLimitato: 'si', revisioneUmana: 'si',
      // It classifies every incoming document, protocol archives included, for four Comuni.
      datiPersonali: 'si', categorieParticolari: 'si', scalaDati: 'larga',
      datiTrattati: "Istanze e allegati di SUAP, TARI, residenza e accesso agli atti; dati anagrafici e catastali; i documenti protocollati possono contenere categorie particolari.",
    }),
    classeAttesa: 'trasparenza',
    perche: "Classifica ed estrae dati sotto il controllo dell'operatore e non valuta l'ammissibilità a prestazioni: nessun uso dell'allegato III. Genera però bozze delle richieste di integrazione, quindi il fornitore deve marcarle (art. 50, par. 2): la classe è «rischio limitato», non «minimo» come indicato nel modello. La DPIA è dovuta: categorie particolari su larga scala (art. 35, par. 3, lett. b, GDPR).",
  },
  {
    starter: 'provincia', componente: 'd', nome: 'Ricerca intelligente su atti e autorizzazioni, assistente per le imprese',
    questionario: answers({
      ...NO_SENSITIVE_USE, ruolo: 'fornitore', interazioneDiretta: 'si', generaContenuti: 'si',
      compitoLimitato: 'no', revisioneUmana: 'no',
      // Legal representatives, drivers and concession holders appear in the indexed acts, across
      // the whole province; staff records and special categories are excluded from the index.
      datiPersonali: 'si', categorieParticolari: 'no', scalaDati: 'larga',
      datiTrattati: "Atti e autorizzazioni con dati di legali rappresentanti, conducenti e concessionari; esclusi i documenti del personale e le categorie particolari.",
    }),
    classeAttesa: 'trasparenza',
    perche: "Assistente e motore di ricerca interagiscono con imprese, cittadini e personale e generano risposte: art. 50, par. 1 e 2. Non rilasciano autorizzazioni e non rientrano nell'allegato III.",
  },
  {
    starter: 'provincia', componente: 'e', nome: 'Orchestrazione di trasporti eccezionali, concessioni, segnalazioni delle scuole e AUA',
    questionario: answers({
      ...NO_SENSITIVE_USE, ruolo: 'fornitore', interazioneDiretta: 'no',
      // Extraction and classification only; notices follow templates.
      generaContenuti: 'no',
      // Route compatibility with bridges is decided by deterministic rules and the technician: the
      // AI is not a safety component of road traffic management (Annex III point 2).
      compitoLimitato: 'si', revisioneUmana: 'si',
      datiPersonali: 'si', categorieParticolari: 'no', scalaDati: 'larga',
      datiTrattati: "Istanze di trasporti eccezionali e concessioni (dati di imprese, legali rappresentanti e conducenti), segnalazioni delle scuole, istanze AUA.",
    }),
    classeAttesa: 'minimo',
    perche: "Estrae dati e classifica segnalazioni, con conferma dell'operatore; la compatibilità dei percorsi è decisa da regole deterministiche e dal tecnico, quindi l'IA non è componente di sicurezza del traffico stradale (allegato III, punto 2). Nessun obbligo dell'art. 50: rischio minimo, restano alfabetizzazione (art. 4) e gli obblighi della L. 132/2025 per la PA.",
  },
];
