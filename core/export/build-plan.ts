import type { CallProfile, Proposal } from '../generated/types';
import { formatEuro, formatInteger } from '../money';
import { componentName, type ComponentLetter } from '../sections/components';
import { budgetTotals } from '../sections/budget';
import { countBodies } from '../sections/ente';
import type { Block } from './model';
import { opt, orDash, yesNo } from './format';

const euro = (cents: number): string => formatEuro(cents / 100);

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

export function budgetBlocks(doc: Proposal, profile: CallProfile): Block[] {
  const b = doc.budget;
  const t = budgetTotals(doc);
  const bodyName = (id: string) => (id === 'capofila' ? doc.ente.capofila.denominazione || 'Ente proponente' : doc.ente.partner.find((p) => p.id === id)?.denominazione || id);
  const byComponent = [...t.byComponent].map(([k, v]) => [componentName(k as ComponentLetter, profile), v] as const);
  const byCategory = [...t.byCategory].map(([k, v]) => [opt('/budget/voci/*/categoria', k), v] as const);
  const totalsTable = (caption: string, rows: ReadonlyArray<readonly [string, number]>): Block => ({
    kind: 'table', caption, columns: [{ title: 'Voce', weight: 5 }, { title: 'Totale', align: 'right', weight: 2 }, { title: '%', align: 'right', weight: 1 }],
    rows: rows.map(([k, v]) => [k, euro(v), t.totalCents ? `${formatInteger(Math.round((v * 1000) / t.totalCents) / 10).replace(/\.(\d)$/, ',$1')}%` : '—']),
    footer: ['Totale', euro(t.totalCents), '100%'],
  });
  return [
    {
      kind: 'table', caption: `Voci di spesa (${b.voci.length})`,
      columns: [
        { title: 'N.', weight: 1 }, { title: 'Comp.', weight: 1 }, { title: 'Categoria', weight: 3 }, { title: 'Descrizione', weight: 6 }, { title: 'Ente', weight: 3 },
        { title: 'Netto', align: 'right', weight: 3 }, { title: 'IVA', align: 'right', weight: 2 }, { title: 'Totale', align: 'right', weight: 3 },
      ],
      rows: b.voci.map((v, i) => [String(i + 1), v.componente, opt('/budget/voci/*/categoria', v.categoria), orDash(v.descrizione), bodyName(v.ente), formatEuro(v.importoNetto), formatEuro(v.iva), formatEuro(v.totale)]),
      footer: ['', '', '', 'Totale', '', euro(t.netCents), euro(t.vatCents), euro(t.totalCents)],
    },
    totalsTable('Totali per componente', byComponent),
    totalsTable('Totali per categoria di costo', byCategory),
    totalsTable('Totali per ente', [...t.byBody].map(([k, v]) => [bodyName(k), v] as const)),
    { kind: 'bars', caption: 'Costo per componente', bars: byComponent.map(([label, v]) => ({ label, value: v / 100, display: euro(v) })) },
    { kind: 'bars', caption: 'Costo per categoria di costo', bars: byCategory.map(([label, v]) => ({ label, value: v / 100, display: euro(v) })) },
    { kind: 'fields', rows: [['Costo totale del progetto', euro(t.totalCents)], ['Contributo richiesto', formatEuro(b.contributoRichiesto)], ['Cofinanziamento', formatEuro(b.cofinanziamento)]] },
  ];
}

export function indicatoriBlocks(doc: Proposal, profile: CallProfile): Block[] {
  const rco = profile.indicatori.output.find((i) => i.codice === 'RCO14');
  const num = (n: number | null) => (n === null ? '—' : String(n).replace('.', ','));
  return [
    { kind: 'fields', rows: [[`RCO14 – ${rco?.nome ?? ''}`.trim(), `${countBodies(doc)}`]] },
    {
      kind: 'table', caption: 'Indicatori di risultato',
      columns: [{ title: 'Indicatore', weight: 5 }, { title: 'Unità', weight: 2 }, { title: 'Partenza', align: 'right', weight: 2 }, { title: 'Obiettivo', align: 'right', weight: 2 }, { title: 'Fonte', weight: 3 }],
      rows: doc.indicatori.risultato.map((r) => [`${r.codice ? `${r.codice} – ` : ''}${r.nome}`, orDash(r.unita), num(r.baseline), num(r.target), orDash(r.fonte)]),
    },
  ];
}

const COMPLIANCE: ReadonlyArray<readonly [keyof Proposal['conformita'], string]> = [
  ['gdpr', 'Protezione dei dati personali (GDPR)'], ['aiAct', "Conformità all'AI Act"], ['accessibilita', 'Accessibilità'],
  ['dnsh', 'Principio DNSH'], ['openSourceRiuso', 'Open source e riuso'], ['interoperabilita', 'Interoperabilità'],
  ['parita', 'Parità di genere e pari opportunità'], ['sostenibilita', 'Sostenibilità dopo la fine del progetto'],
];

export function conformitaBlocks(doc: Proposal): Block[] {
  const c = doc.conformita;
  return [
    { kind: 'fields', rows: [["Valutazione d'impatto (DPIA)", opt('/conformita/dpia', c.dpia)]] },
    ...COMPLIANCE.flatMap(([k, title]): Block[] => [{ kind: 'subheading', text: title }, { kind: 'paragraph', text: orDash(c[k]) }]),
  ];
}

export function allegatiBlocks(doc: Proposal): Block[] {
  return [{
    kind: 'table', caption: 'Allegati',
    columns: [{ title: 'Tipo', weight: 3 }, { title: 'File', weight: 4 }, { title: 'SHA-256', weight: 6 }, { title: 'Firmato', weight: 1 }],
    rows: doc.allegati.elenco.map((a) => [opt('/allegati/elenco/*/tipo', a.tipo), a.nomeFile, a.sha256 || 'non ancora allegato', yesNo(a.firmato)]),
  }];
}
