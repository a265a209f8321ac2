import type { CallProfile, Proposal } from '../generated/types';
import { APP_VERSION } from '../proposal/version';
import { applicantPhrase } from '../derive/ente';
import { activeSections } from '../derive/sections';
import { SECTION_TITLES, type SectionId } from '../generated/pointers';
import { enteBlocks } from './build-ente';
import { allegatiBlocks, budgetBlocks, conformitaBlocks, cronoprogrammaBlocks, indicatoriBlocks } from './build-plan';
import { datiBlocks, infrastrutturaBlocks, orchestrazioneBlocks, progettoBlocks, ricercaBlocks, visualizzazioneBlocks } from './build-project';
import { formatDate, opt, orDash } from './format';
import type { Block, ExportModel } from './model';

const BUILDERS: Record<SectionId, (doc: Proposal, profile: CallProfile) => Block[]> = {
  ente: enteBlocks, progetto: progettoBlocks, dati: datiBlocks, infrastruttura: infrastrutturaBlocks,
  visualizzazione: visualizzazioneBlocks, ricerca: ricercaBlocks, orchestrazione: orchestrazioneBlocks,
  cronoprogramma: cronoprogrammaBlocks, budget: budgetBlocks, indicatori: indicatoriBlocks, conformita: conformitaBlocks, allegati: allegatiBlocks,
};

/**
 * The dossier of a proposal, as the PDF and DOCX renderers lay it out. Pure: the same proposal gives
 * the same model (its date is the proposal's last change, not the time of export).
 */
export function buildExportModel(doc: Proposal, profile: CallProfile): ExportModel {
  const sections = activeSections(doc, profile).map((id) => ({ id, title: SECTION_TITLES[id], blocks: BUILDERS[id](doc, profile) }));
  const body = orDash(doc.ente.capofila.denominazione);
  const bodies = applicantPhrase(doc);
  const version = `${doc.aggiornato.slice(0, 10)} · schema ${doc.schemaVersion} · Proposta ${APP_VERSION}`;
  return {
    meta: {
      title: orDash(doc.progetto.titolo),
      subject: `Relazione progettuale – ${profile.titolo}`,
      author: body,
      keywords: ['Regione Puglia', 'intelligenza artificiale', 'orchestrazione dei processi', doc.progetto.acronimo].filter(Boolean).join(', '),
      modified: doc.aggiornato,
      documentId: doc.id,
      documentVersion: version,
    },
    cover: {
      call: profile.titolo,
      act: profile.atto,
      programme: profile.programma,
      body: bodies,
      bodyKind: opt('/ente/tipo', doc.ente.tipo),
      title: orDash(doc.progetto.titolo),
      acronym: doc.progetto.acronimo,
      cup: doc.progetto.cup || 'non ancora assegnato',
      date: formatDate(doc.aggiornato),
      version,
    },
    header: `${doc.progetto.acronimo || 'Proposta'} – ${body}`,
    sections,
  };
}
