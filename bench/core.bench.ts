// Prints the medians of validate, open and save on the large benchmark proposal, next to the
// cost of a bare JSON.parse of the same text as a peer. Figures, not a test: nothing is asserted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCallProfile, validate } from '../core';
import { writeProposal } from '../services/app/write-proposal';
import { openProposal, serializeProposal } from '../services/files';
import { cliHost } from '../services/ipc';
import { largeProposal } from './large-proposal';
import { fmtMs, medianMs } from './stats';

const profile = defaultCallProfile();
const now = new Date('2026-11-26T10:00:00Z');
const doc = largeProposal();
const text = serializeProposal(doc);
const dir = mkdtempSync(join(tmpdir(), 'proposta-bench-'));
const file = join(dir, 'grande.proposta.json');
writeFileSync(file, text);

const errors = validate(doc, { profile, now }).filter((i) => i.severity === 'errore');
const validateMs = await medianMs(() => validate(doc, { profile, now }), 200, 20);
const parseMs = await medianMs(() => JSON.parse(text), 50);
const openMs = await medianMs(() => openProposal(file, { profile, now }), 30);
const host = cliHost({ profile, now: () => now });
const saveMs = await medianMs(() => writeProposal(host, file, doc, { confirmed: true }), 30);

console.log(`Proposta grande: ${doc.ente.partner.length} partner, ${doc.budget.voci.length} voci, ${doc.dati.banche.length} banche dati, ${doc.cronoprogramma.attivita.length} attività, ${(text.length / 1024).toFixed(0)} KiB, ${errors.length} errori`);
console.log(`validate (mediana)       ${fmtMs(validateMs)}   obiettivo < 2 ms`);
console.log(`open     (mediana)       ${fmtMs(openMs)}   = ${(openMs / parseMs).toFixed(1)}x JSON.parse dello stesso testo (${fmtMs(parseMs)})`);
console.log(`save     (mediana)       ${fmtMs(saveMs)}   atomico: controlli + tmp + fsync + backup (link) + rename + fsync cartella`);
rmSync(dir, { recursive: true, force: true });
