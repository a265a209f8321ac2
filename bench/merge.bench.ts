// Merge of 30 partners' replies into the large proposal (issue 12: median < 50 ms). Each reply changes
// the partner's PEC and co-financing share, edits one of its lines, removes one and adds a database;
// the lead changed one of each partner's lines meanwhile. Peer in the same script: a deep copy of the
// whole proposal (JSON round trip), the least any whole-document operation costs. Asserts nothing.
import { applyAction, buildPartnerModule, mergePartnerReply, type PartnerModule, type Proposal } from '../core';
import { largeProposal } from './large-proposal';
import { cpuMedianMs, machineLine, ms, timesMs } from './stats';

const now = new Date('2026-11-20T09:00:00Z');
const uuid = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

function prepared(): { lead: Proposal; replies: PartnerModule[] } {
  let doc = largeProposal();
  const lead0 = doc;
  const replies: PartnerModule[] = [];
  doc.ente.partner.forEach((p, i) => {
    const r = buildPartnerModule(doc, p.id, { requestId: uuid(i + 1), now, requestedBy: '2026-12-10' });
    if (!r.ok) throw new Error(r.refusal.code);
    doc = applyAction(doc, { type: 'aggregazione/record-request', module: r.module }).doc;
    const m = JSON.parse(JSON.stringify(r.module)) as PartnerModule;
    m.parti.ente.pec = `protocollo@pec.${p.id}.it`;
    m.parti.ente.cofinanziamento = 100;
    // (In the large proposal a third of the partners has no line: 30 is a multiple of 3.)
    if (m.parti.voci[0]) m.parti.voci[0].importoNetto += 10;
    m.parti.voci.splice(1, 1);
    const [b0] = m.parti.banche.length ? m.parti.banche : lead0.dati.banche;
    m.parti.banche.push({ ...b0!, id: `nuova-${p.id}`, ente: p.id, nome: 'Registro nuovo' });
    replies.push(m);
  });
  // The lead edits one line of each partner after sending.
  const lead = { ...doc, budget: { ...doc.budget, voci: doc.budget.voci.map((v, i) => (i % 3 === 1 ? { ...v, descrizione: `${v.descrizione} (rivista)` } : v)) } };
  return { lead, replies };
}

const { lead, replies } = prepared();
const receipt = { now, firma: 'assente', firmatario: '', codiceFiscaleFirmatario: '' } as const;

function mergeAll(): Proposal {
  let doc = lead;
  for (const reply of replies) {
    const r = mergePartnerReply(doc, reply, receipt, 'loro');
    if (!r.ok) throw new Error(r.refusal.code);
    doc = applyAction(doc, { type: 'aggregazione/merge-reply', result: r.result }).doc;
  }
  return doc;
}

console.log(await machineLine());
const merged = mergeAll();
const applied = merged.ente.scambi.filter((s) => s.risposta?.unita).length;
const all = await timesMs(mergeAll, 30, 3);
const cpu = await cpuMedianMs(mergeAll, 30, 3);
const copy = await timesMs(() => JSON.parse(JSON.stringify(lead)) as unknown, 30, 3);
console.log(`proposta grande: ${lead.ente.partner.length} Comuni, ${lead.budget.voci.length} voci, ${lead.dati.banche.length} banche dati; risposte unite: ${applied}`);
console.log(`unione di 30 risposte: mediana ${ms(all.median)} (primo ${ms(all.first)}); per risposta ${ms(all.median / replies.length)}`);
console.log(`unione di 30 risposte, tempo di CPU del processo: mediana ${ms(cpu)} (meno sensibile del tempo reale al carico della macchina)`);
console.log(`copia profonda della proposta (JSON): mediana ${ms(copy.median)} — l'unione di 30 risposte vale ${(all.median / copy.median).toFixed(1)} copie`);
