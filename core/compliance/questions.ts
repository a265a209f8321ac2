import { FIELD_LABELS } from '../generated/labels';
import type { ComplianceCondition, MisureIa, QuestionarioIa, ValutazioneIa } from '../generated/types';

/** A question the rule data can test: the enum of `domanda` in schemas/norme.schema.json. */
export type QuestionKey = NonNullable<ComplianceCondition['domanda']>;
/** A value a rule can expect. */
export type AnswerValue = NonNullable<ComplianceCondition['valore']>;

/** The questionnaire of one AI system as the proposal stores it (schemas/common.schema.json). */
export type AiQuestionnaire = QuestionarioIa;
/** The answers the rules read, one per question: the questionnaire without its free description. */
export type AiAnswers = Omit<QuestionarioIa, 'datiTrattati'>;

/** `''` = not answered yet: the rules treat it as unknown, never as «no». */
export type YesNo = QuestionarioIa['profilazione'];
export type AiRole = QuestionarioIa['ruolo'];
export type DataScale = QuestionarioIa['scalaDati'];

// The proposal asks exactly the questions the rule data can test: a question added to one schema
// and not the other fails `tsc` here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const QUESTIONS_MATCH_RULES: Same<keyof AiAnswers, QuestionKey> = true;

export type QuestionGroup = 'ruolo' | 'uso' | 'biometria' | 'allegato' | 'deroga' | 'dati';

/** The heading of each group of questions, in the order the editor asks them. */
export const QUESTION_GROUPS: ReadonlyArray<{ readonly group: QuestionGroup; readonly title: string }> = [
  { group: 'ruolo', title: "Ruolo dell'ente" },
  { group: 'uso', title: 'Che cosa fa il sistema' },
  { group: 'biometria', title: 'Dati biometrici' },
  { group: 'allegato', title: "Usi ad alto rischio (allegato III dell'AI Act)" },
  { group: 'deroga', title: "Compito limitato e revisione umana (art. 6, par. 3)" },
  { group: 'dati', title: 'Dati personali (GDPR)' },
];

export interface QuestionDef {
  readonly key: QuestionKey;
  readonly group: QuestionGroup;
  /** The question as the officer reads it. */
  readonly text: string;
  /** What the words mean, with the article it comes from. */
  readonly hint: string;
  readonly options: ReadonlyArray<{ readonly value: AnswerValue; readonly label: string }>;
  /** Shown only when another answer has this value (the rules do not need it otherwise). */
  readonly askIf?: { readonly key: QuestionKey; readonly value: AnswerValue };
}

/** The answers a question admits, with their labels, from the schema (`x-options`, without «non risposto»). */
function optionsOf(key: QuestionKey): QuestionDef['options'] {
  const labels = FIELD_LABELS[`/conformita/sistemiIa/ricerca/questionario/${key}`]?.options ?? {};
  return Object.entries(labels).filter(([v]) => v !== '').map(([value, label]) => ({ value: value as AnswerValue, label }));
}

const yn = (key: QuestionKey, group: QuestionGroup, text: string, hint: string, askIf?: QuestionDef['askIf']): QuestionDef =>
  ({ key, group, text, hint, options: optionsOf(key), ...(askIf ? { askIf } : {}) });

/** Every question, in the order the editor asks them. */
export const QUESTIONS: readonly QuestionDef[] = [
  {
    key: 'ruolo', group: 'ruolo',
    text: "L'ente è fornitore del sistema o solo deployer?",
    hint: "Fornitore: sviluppa il sistema o lo fa sviluppare e lo mette in servizio a proprio nome, anche solo per uso interno (art. 3, punto 3, AI Act). Deployer: usa sotto la propria autorità un sistema di altri (art. 3, punto 4). Un sistema sviluppato su commissione e pubblicato con il nome dell'ente fa dell'ente il fornitore.",
    options: optionsOf('ruolo'),
  },
  yn('interazioneDiretta', 'uso', 'Il sistema interagisce direttamente con persone fisiche?', "Ad esempio un assistente che risponde a cittadini o imprese (art. 50, par. 1)."),
  yn('generaContenuti', 'uso', 'Il sistema genera testi, immagini, audio o video sintetici?', "Anche bozze di testo proposte agli operatori (art. 50, par. 2). Non conta la sola estrazione o classificazione di dati."),
  yn('contenutiPubblicati', 'uso', "Il sistema genera o manipola testi pubblicati per informare il pubblico su questioni di interesse pubblico, o immagini, audio o video che sembrano autentici (deep fake)?", 'Art. 50, par. 4.'),
  yn('prestazioniPubbliche', 'allegato', "Il sistema serve a valutare l'ammissibilità delle persone a prestazioni e servizi di assistenza pubblica essenziali, o a concederli, ridurli, revocarli o recuperarli?", 'Ad esempio contributi sociali, assistenza abitativa, servizi sociali o sanitari (allegato III, punto 5, lett. a; considerando 58).'),
  yn('decisioniEffettiGiuridici', 'uso', "Sulle uscite del sistema si fondano decisioni con effetti giuridici sulle persone, o che incidono in modo analogo significativamente su di esse?", 'Art. 35, par. 3, lett. a, GDPR.'),
  yn('profilazione', 'uso', 'Il sistema effettua profilazione di persone fisiche?', "Valuta aspetti personali come situazione economica, salute, affidabilità, comportamento, spostamenti (art. 4, punto 4, GDPR; art. 6, par. 3, AI Act)."),
  yn('identificazioneBiometrica', 'biometria', 'Il sistema identifica persone tramite dati biometrici (volto, voce, impronte)?', 'Allegato III, punto 1, lett. a.'),
  yn('soloVerificaIdentita', 'biometria', "L'uso biometrico serve solo a confermare che una persona è chi dice di essere?", 'La sola verifica non rientra nell\'allegato III, punto 1, lett. a.', { key: 'identificazioneBiometrica', value: 'si' }),
  yn('categorizzazioneBiometrica', 'biometria', 'Il sistema attribuisce le persone a categorie in base ai loro dati biometrici?', 'Art. 3, punto 40; allegato III, punto 1, lett. b.'),
  yn('categorieSensibiliDaBiometria', 'biometria', "Dai dati biometrici deduce razza, opinioni politiche, appartenenza sindacale, convinzioni religiose o filosofiche, vita od orientamento sessuale?", 'Pratica vietata: art. 5, par. 1, lett. g.', { key: 'categorizzazioneBiometrica', value: 'si' }),
  yn('riconoscimentoEmozioni', 'biometria', 'Il sistema identifica o deduce emozioni o intenzioni delle persone dai loro dati biometrici?', 'Ad esempio dal volto o dalla voce (art. 3, punto 39; allegato III, punto 1, lett. c).'),
  yn('emozioniLavoroIstruzione', 'biometria', "Le emozioni dedotte sono anche quelle di lavoratori sul luogo di lavoro (ad esempio gli operatori allo sportello) o di persone in istituti di istruzione?", 'Pratica vietata salvo motivi medici o di sicurezza: art. 5, par. 1, lett. f.', { key: 'riconoscimentoEmozioni', value: 'si' }),
  yn('finalitaMedicheSicurezza', 'biometria', "Quell'uso è destinato a motivi medici o di sicurezza?", 'Eccezione dell\'art. 5, par. 1, lett. f.', { key: 'emozioniLavoroIstruzione', value: 'si' }),
  yn('punteggioSociale', 'uso', "Il sistema valuta o classifica persone nel tempo in base al comportamento sociale o a caratteristiche personali, con un punteggio che porta a trattamenti sfavorevoli?", 'Pratica vietata: art. 5, par. 1, lett. c.'),
  yn('lavoro', 'allegato', "Il sistema è usato per selezionare personale o per decisioni sul rapporto di lavoro, sull'assegnazione dei compiti o sul monitoraggio e la valutazione dei lavoratori?", 'Allegato III, punto 4; art. 11 L. 132/2025.'),
  yn('infrastruttureCritiche', 'allegato', "Il sistema è un componente di sicurezza nella gestione di infrastrutture digitali critiche, del traffico stradale o della fornitura di acqua, gas, riscaldamento o elettricità?", 'Allegato III, punto 2.'),
  yn('altroUsoAllegatoIII', 'allegato', "Il sistema è destinato a un altro uso dell'allegato III: istruzione e formazione, chiamate di emergenza e soccorso, attività di contrasto, migrazione e frontiere, giustizia o processi elettorali?", 'Allegato III, punti 3, 5 lett. d, 6, 7 e 8.'),
  yn('compitoLimitato', 'deroga', "Il sistema svolge solo un compito procedurale limitato o preparatorio, senza influire materialmente sull'esito delle decisioni?", 'Ad esempio classificare documenti in arrivo, estrarre dati, trovare duplicati (art. 6, par. 3).'),
  yn('revisioneUmana', 'deroga', 'Una persona esamina ogni uscita del sistema prima che produca effetti?', 'Art. 6, par. 3; art. 14 L. 132/2025.'),
  yn('datiPersonali', 'dati', 'Il sistema tratta dati personali?', 'Anche i dati delle conversazioni con i cittadini.'),
  yn('categorieParticolari', 'dati', 'Tratta categorie particolari di dati o dati su condanne penali e reati?', 'Salute, origine, opinioni, convinzioni, dati genetici o biometrici, vita od orientamento sessuale (artt. 9 e 10 GDPR).', { key: 'datiPersonali', value: 'si' }),
  {
    key: 'scalaDati', group: 'dati',
    text: 'Su che scala tratta i dati personali?',
    hint: "Larga scala: molte persone o molti dati, per un periodo lungo o su un territorio esteso (art. 35 GDPR). Un servizio rivolto a tutta la popolazione di un Comune è di norma su larga scala.",
    options: optionsOf('scalaDati'),
    askIf: { key: 'datiPersonali', value: 'si' },
  },
  yn('soggettiVulnerabili', 'dati', 'Riguarda in modo non occasionale persone vulnerabili?', 'Minori, persone con disabilità, anziani, pazienti, richiedenti asilo (elenco del Garante, punto 6).', { key: 'datiPersonali', value: 'si' }),
];

/** The keys in question order. */
export const QUESTION_KEYS: readonly QuestionKey[] = QUESTIONS.map((q) => q.key);

/** A questionnaire with nothing answered yet. */
export function emptyQuestionnaire(): AiQuestionnaire {
  const answers = Object.fromEntries(QUESTION_KEYS.map((k) => [k, ''])) as unknown as AiAnswers;
  return { ...answers, datiTrattati: '' };
}

/** The assessment of a system with nothing answered or described yet. */
export function emptyAssessment(): ValutazioneIa {
  const misure: MisureIa = { valutazioneDiritti: '', conservazioneLog: '', avviso: '' };
  return { questionario: emptyQuestionnaire(), misure, obblighi: [] };
}

/** The question with this key. */
export function questionOf(key: QuestionKey): QuestionDef {
  const q = QUESTIONS.find((x) => x.key === key);
  if (!q) throw new Error(`domanda sconosciuta: ${key}`);
  return q;
}

/**
 * The question to ask first for `key`: a follow-up question is shown only after the one it
 * depends on has the right answer, so while that one is blank it is the one to answer.
 */
export function askFirst(key: QuestionKey, answers: AiAnswers): QuestionKey {
  const dep = questionOf(key).askIf;
  return dep && answers[dep.key] === '' ? askFirst(dep.key, answers) : key;
}
