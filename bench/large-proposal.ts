// The large benchmark proposal of the core issue: 30 partners, 1,000 budget lines, 300 databases,
// 200 activities, built from the aggregation starter with real Comuni of Puglia so it stays valid.
import { readFileSync } from 'node:fs';
import { COMUNI_PUGLIA } from '../core/generated/comuni-puglia';
import { lineAmounts, type Partner, type Proposal } from '../core';

export const STARTER = new URL('../templates/examples/aggregazione.proposta.json', import.meta.url).pathname;

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function largeProposal(sizes = { partners: 30, lines: 1000, databases: 300, activities: 200 }): Proposal {
  const base = JSON.parse(readFileSync(STARTER, 'utf8')) as Proposal;
  const [p0] = base.ente.partner;
  const [b0] = base.dati.banche;
  const [a0] = base.cronoprogramma.attivita;
  const [v0] = base.budget.voci;
  if (!p0 || !b0 || !a0 || !v0) throw new Error('starter incompleto');
  const used = new Set([base.ente.capofila.codiceIstat]);
  const comuni = COMUNI_PUGLIA.filter((c) => !used.has(c.istat) && c.popolazione2011 < 30_000).slice(0, sizes.partners);
  const partner: Partner[] = comuni.map((c, i) => ({
    ...p0,
    id: `partner-${i + 1}`,
    denominazione: `Comune di ${c.nome}`,
    codiceIstat: c.istat,
    codiceIpa: `c_${c.codiceCatastale.toLowerCase()}`,
    indirizzo: { ...p0.indirizzo, comune: c.nome, provincia: c.provincia },
    popolazione: { ...p0.popolazione, valore: c.popolazione2011 },
  }));
  const duration = base.progetto.durataMesi ?? 24;
  const componenti = ['a', 'b', 'c', ...base.progetto.componentiQualificanti] as const;
  const voci = Array.from({ length: sizes.lines }, (_, i) => {
    const net = round2(1000 + ((i * 7919) % 50_000) + 0.5);
    return {
      ...v0, id: `voce-${i + 1}`, componente: componenti[i % componenti.length] ?? 'a',
      descrizione: `${v0.descrizione} – lotto ${i + 1}`, ente: i % 3 === 0 ? 'capofila' : `partner-${(i % partner.length) + 1}`,
      importoNetto: net, aliquotaIva: 22,
    };
  });
  const total = voci.reduce((s, v) => s + lineAmounts(v).totalCents, 0);
  const cofin = Math.round(total * 0.1);
  return {
    ...base,
    ente: { ...base.ente, partner },
    dati: { ...base.dati, banche: Array.from({ length: sizes.databases }, (_, i) => ({ ...b0, id: `banca-${i + 1}`, nome: `${b0.nome} ${i + 1}` })) },
    cronoprogramma: {
      attivita: Array.from({ length: sizes.activities }, (_, i) => ({
        ...a0, id: `attivita-${i + 1}`, titolo: `${a0.titolo} ${i + 1}`, componente: componenti[i % componenti.length] ?? 'a',
        meseInizio: 1 + (i % duration), meseFine: duration,
      })),
    },
    budget: { voci, contributoRichiesto: (total - cofin) / 100, cofinanziamento: cofin / 100 },
  };
}
