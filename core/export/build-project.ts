import type { Proposal, SoluzioneIa } from '../generated/types';
import type { Block } from './model';
import { formatDate, int, opt, opts, orDash } from './format';

export function progettoBlocks(doc: Proposal): Block[] {
  const p = doc.progetto;
  return [
    {
      kind: 'fields',
      rows: [
        ['Titolo', orDash(p.titolo)], ['Acronimo', orDash(p.acronimo)], ['CUP', orDash(p.cup)],
        ['Durata', p.durataMesi === null ? '—' : `${p.durataMesi} mesi`], ['Avvio previsto', formatDate(p.avvioPrevisto)],
        ['Ambiti di intervento', opts('/progetto/ambiti/*', p.ambiti) + (p.ambitoAltro ? ` (${p.ambitoAltro})` : '')],
        ['Componenti qualificanti', opts('/progetto/componentiQualificanti/*', p.componentiQualificanti)],
      ],
    },
    { kind: 'subheading', text: 'Sintesi' }, { kind: 'paragraph', text: orDash(p.sintesi) },
    { kind: 'subheading', text: 'Fabbisogni e contesto' }, { kind: 'paragraph', text: orDash(p.fabbisogni) },
    {
      kind: 'table', caption: 'Obiettivi', columns: [{ title: 'N.', weight: 1 }, { title: 'Obiettivo', weight: 4 }, { title: 'Descrizione', weight: 8 }],
      rows: p.obiettivi.map((o, i) => [String(i + 1), orDash(o.titolo), orDash(o.descrizione)]),
    },
  ];
}

export function datiBlocks(doc: Proposal): Block[] {
  const d = doc.dati;
  const P = '/dati/banche/*';
  return [
    {
      kind: 'table', caption: `Inventario delle banche dati (${d.banche.length})`,
      columns: [
        { title: 'Banca dati', weight: 4 }, { title: 'Ufficio', weight: 3 }, { title: 'Sistema', weight: 3 }, { title: 'Formato', weight: 2 },
        { title: 'Record', align: 'right', weight: 2 }, { title: 'Aggiornamento', weight: 2 }, { title: 'Dati personali', weight: 2 },
        { title: 'Esposizione', weight: 2 }, { title: 'Open data', weight: 2 },
      ],
      rows: d.banche.map((b) => [
        orDash(b.nome), orDash(b.ufficio), [b.sistema, b.fornitore].filter(Boolean).join(' – ') || '—', opt(`${P}/formato`, b.formato),
        int(b.recordStimati), opt(`${P}/aggiornamento`, b.aggiornamento),
        b.datiPersonali ? (b.categorieParticolari ? 'Sì, anche particolari' : 'Sì') : 'No',
        opt(`${P}/esposizione`, b.esposizione), b.openData === 'no' ? 'No' : `${opt(`${P}/openData`, b.openData)} (${orDash(b.licenza)})`,
      ]),
    },
    { kind: 'subheading', text: 'Analisi prevista' }, { kind: 'paragraph', text: orDash(d.analisi) },
  ];
}

export function infrastrutturaBlocks(doc: Proposal): Block[] {
  const b = doc.infrastruttura;
  return [
    { kind: 'fields', rows: [['Modello di hosting', opt('/infrastruttura/hosting', b.hosting)], ['Integrazioni', opts('/infrastruttura/integrazioni/*', b.integrazioni)]] },
    { kind: 'subheading', text: 'Architettura' }, { kind: 'paragraph', text: orDash(b.architettura) },
    ...(b.hostingNote ? [{ kind: 'subheading', text: 'Hosting' } as Block, { kind: 'paragraph', text: b.hostingNote } as Block] : []),
    ...(b.integrazioniNote ? [{ kind: 'subheading', text: 'Integrazioni' } as Block, { kind: 'paragraph', text: b.integrazioniNote } as Block] : []),
    { kind: 'subheading', text: 'Sicurezza' }, { kind: 'paragraph', text: orDash(b.sicurezza) },
    { kind: 'subheading', text: 'Open source e riuso' }, { kind: 'paragraph', text: orDash(b.openSource) },
    { kind: 'subheading', text: 'Scalabilità' }, { kind: 'paragraph', text: orDash(b.scalabilita) },
  ];
}

export function visualizzazioneBlocks(doc: Proposal): Block[] {
  const v = doc.visualizzazione;
  return [
    {
      kind: 'table', caption: `Cruscotti (${v.cruscotti.length})`,
      columns: [{ title: 'Cruscotto', weight: 3 }, { title: 'Destinatari', weight: 2 }, { title: 'Indicatori', weight: 4 }, { title: 'Fonti', weight: 3 }, { title: 'Aggiornamento', weight: 2 }, { title: 'Accessibilità', weight: 3 }],
      rows: v.cruscotti.map((c) => [orDash(c.titolo), opt('/visualizzazione/cruscotti/*/pubblico', c.pubblico), orDash(c.indicatori), orDash(c.fonti), opt('/visualizzazione/cruscotti/*/aggiornamento', c.aggiornamento), orDash(c.accessibilita)]),
    },
    ...(v.note ? [{ kind: 'paragraph', text: v.note } as Block] : []),
  ];
}

function iaBlocks(ia: SoluzioneIa, pointer: string): Block[] {
  return [
    { kind: 'fields', rows: [["Classe di rischio (AI Act)", opt(`${pointer}/rischioAiAct`, ia.rischioAiAct)]] },
    { kind: 'subheading', text: 'Tecniche di intelligenza artificiale' }, { kind: 'paragraph', text: orDash(ia.tecniche) },
    { kind: 'subheading', text: 'Supervisione umana' }, { kind: 'paragraph', text: orDash(ia.supervisioneUmana) },
    { kind: 'subheading', text: 'Metriche' }, { kind: 'paragraph', text: orDash(ia.metriche) },
  ];
}

export function ricercaBlocks(doc: Proposal): Block[] {
  const r = doc.ricerca;
  return [
    { kind: 'subheading', text: 'Ambito' }, { kind: 'paragraph', text: orDash(r.ambito) },
    { kind: 'table', caption: 'Fonti indicizzate', columns: [{ title: 'Fonte', weight: 3 }, { title: 'Descrizione', weight: 6 }], rows: r.fonti.map((f) => [orDash(f.nome), orDash(f.descrizione)]) },
    ...iaBlocks(r.ia, '/ricerca/ia'),
  ];
}

export function orchestrazioneBlocks(doc: Proposal): Block[] {
  const o = doc.orchestrazione;
  return [
    { kind: 'subheading', text: 'Ambito' }, { kind: 'paragraph', text: orDash(o.ambito) },
    {
      kind: 'table', caption: 'Processi orchestrati',
      columns: [{ title: 'Processo', weight: 3 }, { title: 'Ufficio', weight: 2 }, { title: 'AS-IS', weight: 4 }, { title: 'TO-BE', weight: 4 }, { title: 'Pratiche/anno', align: 'right', weight: 2 }, { title: 'Giorni oggi → obiettivo', align: 'right', weight: 2 }],
      rows: o.processi.map((p) => [orDash(p.nome), orDash(p.ufficio), orDash(p.asIs), orDash(p.toBe), int(p.volumeAnnuo), `${p.tempoAttualeGiorni ?? '—'} → ${p.tempoObiettivoGiorni ?? '—'}`]),
    },
    ...iaBlocks(o.ia, '/orchestrazione/ia'),
  ];
}

