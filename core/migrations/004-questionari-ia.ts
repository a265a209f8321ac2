import { isObject, type JsonObject, type Migration } from './types';

// The questions of format 4, spelt out here rather than read from the schema: a migration is frozen,
// and must give the same result when a later format adds or renames questions.
const QUESTIONS_V4 = [
  'ruolo', 'interazioneDiretta', 'generaContenuti', 'contenutiPubblicati', 'prestazioniPubbliche', 'decisioniEffettiGiuridici',
  'profilazione', 'identificazioneBiometrica', 'soloVerificaIdentita', 'categorizzazioneBiometrica', 'categorieSensibiliDaBiometria',
  'riconoscimentoEmozioni', 'emozioniLavoroIstruzione', 'finalitaMedicheSicurezza', 'punteggioSociale', 'lavoro',
  'infrastruttureCritiche', 'altroUsoAllegatoIII', 'compitoLimitato', 'revisioneUmana', 'datiPersonali', 'categorieParticolari',
  'scalaDati', 'soggettiVulnerabili',
] as const;

/** A questionnaire with no answer: a v3 file says nothing the answers could be taken from. */
const unanswered = (): JsonObject => ({
  questionario: { ...Object.fromEntries(QUESTIONS_V4.map((k) => [k, ''])), datiTrattati: '' },
  misure: { valutazioneDiritti: '', conservazioneLog: '', avviso: '' },
  obblighi: [],
});

export const migration004: Migration = {
  to: 4,
  description: "La sezione Conformità ha ora un questionario AI Act e GDPR per ogni sistema di IA: rispondi alle domande per conoscerne classe di rischio e obblighi. Le risposte sono vuote: Proposta non le ricava dal testo.",
  up(doc: JsonObject): JsonObject {
    const conformita = doc.conformita;
    if (!isObject(conformita)) return { ...doc, schemaVersion: 4 };
    // The human oversight of components d and e stays where it was (`ia.supervisioneUmana`).
    const sistemiIa = { ricerca: unanswered(), orchestrazione: unanswered(), altri: [] };
    return { ...doc, schemaVersion: 4, conformita: { ...conformita, sistemiIa } };
  },
};
