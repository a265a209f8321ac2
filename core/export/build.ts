import type { CallProfile, Proposal } from '../generated/types';
import { APP_VERSION } from '../proposal/version';
import { SECTIONS } from '../sections/registry';
import type { SectionId } from '../sections/types';
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
  const chosen = doc.progetto.componentiQualificanti as string[];
  const sections = SECTIONS
    .filter((s) => !(s.component === 'd' || s.component === 'e') || chosen.includes(s.component))
    .map((s) => ({ id: s.id, title: s.title, blocks: BUILDERS[s.id](doc, profile) }));
  const body = orDash(doc.ente.capofila.denominazione);
  const bodies = doc.ente.tipo === 'aggregazione' ? `${body} (capofila) con ${doc.ente.partner.map((p) => p.denominazione).join(', ')}` : body;
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
