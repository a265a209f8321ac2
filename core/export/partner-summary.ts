/**
 * The one-page summary of one partner's contribution, for its legal representative to sign: its data,
 * its databases, its budget lines with their total and its share of co-financing, the proposal and
 * the request it answers. Figures come from core/derive; long lists are cut so that the page holds
 * (the PDF renderer lays it out on one A4 page).
 */
import type { PartnerModule, Proposal } from '../generated/types';
import { budgetTotals } from '../derive/budget';
import { bodyFigures, partnerParts } from '../derive/bodies';
import { bodyName } from '../derive/ente';
import { formatCents } from '../derive/number-text';
import { proposalOfModule } from '../partner/restricted';
import { APP_VERSION } from '../proposal/version';
import { formatDate, int, opt, orDash } from './format';
import type { Block, ExportModel } from './model';

/** Rows each list may show before «… e altre N righe» (chosen so that the large proposal's biggest partner fits one page). */
export const SUMMARY_MAX_ROWS: SummaryLimits = { banche: 6, voci: 10 };

/** How many rows of each list the summary shows at most (the renderer lowers them if the page still overflows). */
export interface SummaryLimits {
  readonly banche: number;
  readonly voci: number;
}
/** Characters of a free-text cell before it is cut, by column: one line of the table each row. */
export const SUMMARY_MAX_CHARS = { nome: 40, ufficio: 26, descrizione: 50 } as const;

export interface PartnerSummaryModel {
  readonly meta: ExportModel['meta'];
  readonly title: string;
  readonly blocks: readonly Block[];
  /** The line under which the legal representative signs. */
  readonly signature: string;
  /** The foot of the page: where the figures come from, and as of when. */
  readonly footer: string;
}

/** The request a summary refers to: its id and the date the module was prepared. */
export interface SummaryRequest {
  readonly id: string;
  readonly date: string;
}

const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/**
 * The first `max` rows, or `max - 1` of them and a row saying how many more there are, written in
 * column `at` (the widest, so that it stays on one line).
 */
export function truncateRows(rows: ReadonlyArray<readonly string[]>, max: number, width: number, at = 0): string[][] {
  if (rows.length <= max) return rows.map((r) => [...r]);
  const more = rows.length - (max - 1);
  const note = Array.from({ length: width }, (_, i) => (i === at ? `… e altre ${more} righe` : ''));
  return [...rows.slice(0, max - 1).map((r) => [...r]), note];
}

/**
 * The summary of partner `partnerId`'s contribution, or null when the proposal has no such partner.
 * `request`: the module it answers (from the partner's exchange record when not given).
 */
export function buildPartnerSummary(doc: Proposal, partnerId: string, request?: SummaryRequest | null, limits: SummaryLimits = SUMMARY_MAX_ROWS): PartnerSummaryModel | null {
  const parts = partnerParts(doc, partnerId);
  if (!parts) return null;
  const p = parts.ente;
  const record = doc.ente.scambi.find((s) => s.ente === partnerId);
  const req = request ?? (record ? { id: record.richiesta, date: record.inviato } : null);
  const figures = bodyFigures(doc, []).find((f) => f.id === partnerId);
  const totals = budgetTotals(doc);
  const name = bodyName(doc, partnerId);
  const person = `${p.legaleRappresentante.nome} ${p.legaleRappresentante.cognome}`.trim();
  const referente = `${p.referente.nome} ${p.referente.cognome}`.trim();
  const pop = p.popolazione.valore === null ? '—' : `${int(p.popolazione.valore)} abitanti (al ${formatDate(p.popolazione.dataRiferimento)}; fonte: ${orDash(p.popolazione.fonte)})`;
  const act = p.adesione.numero ? `${opt('/ente/partner/*/adesione/organo', p.adesione.organo)}, n. ${p.adesione.numero} del ${formatDate(p.adesione.data)}` : '—';
  const B = '/dati/banche/*';
  const bancheRows = parts.banche.map((b) => [cut(orDash(b.nome), SUMMARY_MAX_CHARS.nome), cut(orDash(b.ufficio), SUMMARY_MAX_CHARS.ufficio), opt(`${B}/formato`, b.formato), int(b.recordStimati), b.datiPersonali ? 'Sì' : 'No']);
  const lineIndex = new Map(doc.budget.voci.map((v, i) => [v, i]));
  const vociRows = parts.voci.map((v) => {
    const a = totals.lines[lineIndex.get(v) ?? -1];
    return [v.componente, opt('/budget/voci/*/categoria', v.categoria), cut(orDash(v.descrizione), SUMMARY_MAX_CHARS.descrizione), a ? formatCents(a.netCents) : '—', a ? formatCents(a.totalCents) : '—'];
  });
  const cost = figures?.costCents ?? 0;
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        ['Proposta', orDash(doc.progetto.titolo)],
        ['Comune capofila', bodyName(doc, 'capofila')],
        ['Richiesta', req ? `${orDash(req.id)} del ${formatDate(req.date)}` : 'Nessun modulo inviato'],
      ],
    },
        {
      kind: 'fields',
      rows: [
        ['Comune', name],
        ['Codice ISTAT · IPA', `${orDash(p.codiceIstat)} · ${orDash(p.codiceIpa)}`],
        ['Codice fiscale', orDash(p.codiceFiscale)],
        ['PEC', orDash(p.pec)],
        ['Popolazione', pop],
        ['Legale rappresentante', `${person || '—'} (${orDash(p.legaleRappresentante.qualifica)}; CF ${orDash(p.legaleRappresentante.codiceFiscale)})`],
        ['Referente', `${referente || '—'} (${orDash(p.referente.qualifica)}; ${orDash(p.referente.email)}; ${orDash(p.referente.telefono)})`],
        ['Atto di adesione', act],
      ],
    },
    {
      kind: 'table', caption: `Banche dati del Comune (${parts.banche.length})`,
      columns: [{ title: 'Banca dati', weight: 5 }, { title: 'Ufficio', weight: 3 }, { title: 'Formato', weight: 3 }, { title: 'Record', align: 'right', weight: 2 }, { title: 'Dati pers.', weight: 2 }],
      rows: truncateRows(bancheRows, limits.banche, 5),
    },
    {
      kind: 'table', caption: `Voci di spesa del Comune (${parts.voci.length})`,
      columns: [{ title: 'Comp.', weight: 1 }, { title: 'Categoria', weight: 3 }, { title: 'Descrizione', weight: 7 }, { title: 'Netto', align: 'right', weight: 3 }, { title: 'Totale', align: 'right', weight: 3 }],
      rows: truncateRows(vociRows, limits.voci, 5, 2),
      footer: ['', '', 'Totale (IVA inclusa)', '', formatCents(cost)],
    },
    {
      kind: 'fields',
      rows: [
        ['Costo delle voci', formatCents(cost)],
        ['Quota di cofinanziamento', formatCents(figures?.cofinancingCents ?? 0)],
      ],
    },
  ];
  const title = `Contributo alla proposta – ${name}`;
  return {
    meta: {
      title,
      subject: `Riepilogo del contributo – ${orDash(doc.progetto.titolo)}`,
      author: name,
      keywords: ['Regione Puglia', 'aggregazione', 'contributo del Comune'].join(', '),
      modified: doc.aggiornato,
      documentId: `${doc.id}:${partnerId}:${req?.id ?? ''}`,
      documentVersion: doc.aggiornato.slice(0, 10),
    },
    title,
    blocks,
    footer: `Riepilogo preparato con Proposta ${APP_VERSION} · dati al ${formatDate(doc.aggiornato)}`,
    signature: `Firma digitale del legale rappresentante (${name}): ${person || '—'}`,
  };
}

/** The summary of the contribution a partner module carries (the partner's side of the exchange). */
export function buildModuleSummary(module: PartnerModule, limits: SummaryLimits = SUMMARY_MAX_ROWS): PartnerSummaryModel | null {
  const doc = { ...proposalOfModule(module), aggiornato: module.creato };
  return buildPartnerSummary(doc, module.partner, { id: module.richiesta, date: module.creato }, limits);
}
