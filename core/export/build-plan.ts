import type { CallProfile, Proposal } from '../generated/types';
import { budgetBreakdown, budgetTotals, type Share } from '../derive/budget';
import { bodyName, countBodies } from '../derive/ente';
import { formatCents, formatEuro, formatPercent, formatPlain } from '../derive/number-text';
import type { Block } from './model';
import { opt, orDash, yesNo } from './format';
import { aiSystemBlocks } from './build-ai';
export function cronoprogrammaBlocks(doc: Proposal): Block[] {
  const list = doc.cronoprogramma.attivita;
  const months = Math.max(doc.progetto.durataMesi ?? 0, ...list.map((a) => a.meseFine), 1);
  return [
    {
      kind: 'table', caption: `Attività (${list.length})`,
      columns: [{ title: 'N.', weight: 1 }, { title: 'Attività', weight: 5 }, { title: 'Comp.', weight: 1 }, { title: 'Mesi', weight: 2 }, { title: 'Prodotto atteso', weight: 5 }, { title: 'Milestone', weight: 2 }],
      rows: list.map((a, i) => [String(i + 1), orDash(a.titolo), a.componente, `${a.meseInizio}–${a.meseFine}`, orDash(a.deliverable), yesNo(a.milestone)]),
    },
    { kind: 'gantt', caption: 'Diagramma temporale (mesi dall\'avvio)', months, bars: list.map((a, i) => ({ label: `${i + 1}. ${a.titolo}`, start: a.meseInizio, end: a.meseFine, milestone: a.milestone })) },
  ];
}

const shareTable = (caption: string, shares: readonly Share[], totalCents: number): Block => ({
  kind: 'table', caption, columns: [{ title: 'Voce', weight: 5 }, { title: 'Totale', align: 'right', weight: 2 }, { title: '%', align: 'right', weight: 1 }],
  rows: shares.map((s) => [s.label, formatCents(s.cents), s.tenths === null ? '—' : formatPercent(s.tenths)]),
  footer: ['Totale', formatCents(totalCents), totalCents > 0 ? formatPercent(1000) : '—'],
});

export function budgetBlocks(doc: Proposal, profile: CallProfile): Block[] {
  const b = doc.budget;
  const t = budgetTotals(doc);
  const parts = budgetBreakdown(doc, profile);
  const chart = (caption: string, shares: readonly Share[]): Block => ({ kind: 'bars', caption, bars: shares.map((s) => ({ label: s.label, value: s.cents / 100, display: formatCents(s.cents) })) });
  return [
    {
      kind: 'table', caption: `Voci di spesa (${b.voci.length})`,
      columns: [
        { title: 'N.', weight: 1 }, { title: 'Comp.', weight: 1 }, { title: 'Categoria', weight: 3 }, { title: 'Descrizione', weight: 6 }, { title: 'Ente', weight: 3 },
        { title: 'Netto', align: 'right', weight: 3 }, { title: 'IVA', align: 'right', weight: 2 }, { title: 'Totale', align: 'right', weight: 3 },
      ],
      rows: b.voci.map((v, i) => {
        const a = t.lines[i]!;
        return [String(i + 1), v.componente, opt('/budget/voci/*/categoria', v.categoria), orDash(v.descrizione), bodyName(doc, v.ente), formatCents(a.netCents), formatCents(a.vatCents), formatCents(a.totalCents)];
      }),
      footer: ['', '', '', 'Totale', '', formatCents(t.netCents), formatCents(t.vatCents), formatCents(t.totalCents)],
    },
    shareTable('Totali per componente', parts.byComponent, t.totalCents),
    shareTable('Totali per categoria di costo', parts.byCategory, t.totalCents),
    shareTable('Totali per ente', parts.byBody, t.totalCents),
    chart('Costo per componente', parts.byComponent),
    chart('Costo per categoria di costo', parts.byCategory),
    { kind: 'fields', rows: [['Costo totale del progetto', formatCents(t.totalCents)], ['Contributo richiesto', formatEuro(b.contributoRichiesto)], ['Cofinanziamento', formatEuro(b.cofinanziamento)]] },
  ];
}

export function indicatoriBlocks(doc: Proposal, profile: CallProfile): Block[] {
  const rco = profile.indicatori.output.find((i) => i.codice === 'RCO14');
  const num = (n: number | null) => (n === null ? '—' : formatPlain(n));
  return [
    { kind: 'fields', rows: [[`RCO14 – ${rco?.nome ?? ''}`.trim(), `${countBodies(doc)}`]] },
    {
      kind: 'table', caption: 'Indicatori di risultato',
      columns: [{ title: 'Indicatore', weight: 5 }, { title: 'Unità', weight: 2 }, { title: 'Partenza', align: 'right', weight: 2 }, { title: 'Obiettivo', align: 'right', weight: 2 }, { title: 'Fonte', weight: 3 }],
      rows: doc.indicatori.risultato.map((r) => [`${r.codice ? `${r.codice} – ` : ''}${r.nome}`, orDash(r.unita), num(r.baseline), num(r.target), orDash(r.fonte)]),
    },
  ];
}

type ComplianceText = Exclude<keyof Proposal['conformita'], 'dpia' | 'sistemiIa'>;

const COMPLIANCE: ReadonlyArray<readonly [ComplianceText, string]> = [
  ['gdpr', 'Protezione dei dati personali (GDPR)'], ['aiAct', "Conformità all'AI Act"], ['accessibilita', 'Accessibilità'],
  ['dnsh', 'Principio DNSH'], ['openSourceRiuso', 'Open source e riuso'], ['interoperabilita', 'Interoperabilità'],
  ['parita', 'Parità di genere e pari opportunità'], ['sostenibilita', 'Sostenibilità dopo la fine del progetto'],
];

export function conformitaBlocks(doc: Proposal, profile: CallProfile): Block[] {
  const c = doc.conformita;
  return [
    { kind: 'fields', rows: [["Valutazione d'impatto (DPIA)", opt('/conformita/dpia', c.dpia)]] },
    ...COMPLIANCE.flatMap(([k, title]): Block[] => [{ kind: 'subheading', text: title }, { kind: 'paragraph', text: orDash(c[k]) }]),
    ...aiSystemBlocks(doc, profile),
  ];
}

export function allegatiBlocks(doc: Proposal): Block[] {
  return [{
    kind: 'table', caption: 'Allegati',
    columns: [{ title: 'Tipo', weight: 3 }, { title: 'File', weight: 4 }, { title: 'SHA-256', weight: 6 }, { title: 'Firmato', weight: 1 }],
    rows: doc.allegati.elenco.map((a) => [opt('/allegati/elenco/*/tipo', a.tipo), a.nomeFile, a.sha256 || 'non ancora allegato', yesNo(a.firmato)]),
  }];
}
