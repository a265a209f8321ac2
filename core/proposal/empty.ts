import type { Atto, DatiEnte, Persona, Popolazione, Proposal } from '../generated/types';
import { emptyAssessment } from '../compliance/questions';
import { SCHEMA_VERSION } from './version';

const persona = (): Persona => ({ nome: '', cognome: '', codiceFiscale: '', qualifica: '', email: '' });
const popolazione = (): Popolazione => ({ valore: null, dataRiferimento: '', fonte: '' });
const atto = (): Atto => ({ organo: '', numero: '', data: '' });

/** An empty body record, used for the lead body and for a new partner. */
export function emptyBody(): DatiEnte {
  return {
    denominazione: '', codiceIstat: '', codiceIpa: '', codiceFiscale: '', pec: '',
    indirizzo: { via: '', cap: '', comune: '', provincia: '' },
    popolazione: popolazione(),
  };
}

/** The empty proposal, with every section present and nothing filled: "Nuovo" without a starter. */
export function emptyProposal(): Proposal {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: '00000000-0000-4000-8000-000000000000',
    avviso: { id: 'puglia-ia-2025', versione: 1 },
    creato: '1970-01-01T00:00:00.000Z',
    aggiornato: '1970-01-01T00:00:00.000Z',
    versioneApp: '',
    ente: {
      tipo: 'comune', capofila: emptyBody(), attoApprovazione: atto(),
      legaleRappresentante: persona(), rup: persona(), rtd: persona(), partner: [],
    },
    progetto: {
      titolo: '', acronimo: '', cup: '', sintesi: '', fabbisogni: '', obiettivi: [], ambiti: [], ambitoAltro: '',
      durataMesi: null, avvioPrevisto: '', componentiQualificanti: [],
    },
    dati: { banche: [], analisi: '' },
    infrastruttura: {
      architettura: '', hosting: '', hostingNote: '', integrazioni: [], integrazioniNote: '', sicurezza: '', openSource: '', scalabilita: '',
    },
    visualizzazione: { cruscotti: [], note: '' },
    ricerca: { ambito: '', fonti: [], ia: { tecniche: '', rischioAiAct: '', supervisioneUmana: '', metriche: '' } },
    orchestrazione: { ambito: '', processi: [], ia: { tecniche: '', rischioAiAct: '', supervisioneUmana: '', metriche: '' } },
    cronoprogramma: { attivita: [] },
    budget: { voci: [], contributoRichiesto: 0, cofinanziamento: 0 },
    indicatori: { risultato: [] },
    conformita: {
      gdpr: '', dpia: '', aiAct: '', accessibilita: '', dnsh: '', openSourceRiuso: '', interoperabilita: '', parita: '', sostenibilita: '',
      sistemiIa: { ricerca: emptyAssessment(), orchestrazione: emptyAssessment(), altri: [] },
    },
    allegati: { elenco: [] },
  };
}
