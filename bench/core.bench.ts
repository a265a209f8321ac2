// Validate, open and save of the large benchmark proposal in process, next to a bare JSON.parse of the
// same text; and the whole `proposta validate` and `proposta --version` processes (the built CLI, first
// run apart from the median of the warm ones) next to a `node -e` that parses the same file, run
// interleaved so that a change in the machine's load hits all alike. Figures, not a test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCallProfile, validate } from '../core';
import { writeProposal } from '../services/app/write-proposal';
import { openProposal, serializeProposal } from '../services/files';
import { cliHost } from '../services/ipc';
import { buildCli } from '../scripts/build';
import { largeProposal } from './large-proposal';
import { fmtMs, machineLine, medianMs, ms, timesMs } from './stats';
import { timeInterleaved } from './support/process';

const root = new URL('..', import.meta.url).pathname;
const RUNS = 21;
const profile = defaultCallProfile();
const now = new Date('2026-11-26T10:00:00Z');
const doc = largeProposal();
const text = serializeProposal(doc);
const dir = mkdtempSync(join(tmpdir(), 'proposta-bench-'));
try {
  const file = join(dir, 'grande.proposta.json');
  writeFileSync(file, text);

  const errors = validate(doc, { profile, now }).filter((i) => i.severity === 'errore');
  const validateMs = await timesMs(() => validate(doc, { profile, now }), 200, 20);
  const parseMs = await medianMs(() => JSON.parse(text), 50);
  const openMs = await medianMs(() => openProposal(file, { profile, now }), 30);
  const host = cliHost({ profile, now: () => now });
  const saveMs = await medianMs(() => writeProposal(host, file, doc, { confirmed: true }), 30);

  await buildCli();
  const bin = join(root, 'bin/proposta.js');
  const [parse, validateCli, version] = timeInterleaved([
    { cmd: process.execPath, args: ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`] },
    { cmd: process.execPath, args: [bin, 'validate', file] },
    { cmd: process.execPath, args: [bin, '--version'] },
  ], RUNS);

  console.log(await machineLine());
  console.log(`Proposta grande: ${doc.ente.partner.length} partner, ${doc.budget.voci.length} voci, ${doc.dati.banche.length} banche dati, ${doc.cronoprogramma.attivita.length} attività, ${(text.length / 1024).toFixed(0)} KiB, ${errors.length} errori`);
  console.log(`validate (nel processo)  primo ${fmtMs(validateMs.first)}, mediana ${fmtMs(validateMs.median)}   obiettivo < 2 ms`);
  console.log(`open     (mediana)       ${fmtMs(openMs)}   = ${(openMs / parseMs).toFixed(1)}x JSON.parse dello stesso testo (${fmtMs(parseMs)})`);
  console.log(`save     (mediana)       ${fmtMs(saveMs)}   atomico: controlli + tmp + fsync + backup (link) + rename + fsync cartella`);
  console.log(`processi interi, ${RUNS - 1} giri dopo il primo:`);
  console.log(`  node -e JSON.parse del file   primo ${ms(parse?.first ?? NaN)}, mediana ${ms(parse?.warm ?? NaN)}`);
  console.log(`  proposta validate             primo ${ms(validateCli?.first ?? NaN)}, mediana ${ms(validateCli?.warm ?? NaN)} = ${((validateCli?.warm ?? NaN) / (parse?.warm ?? NaN)).toFixed(2)}x node -e (obiettivo <= 2x)`);
  console.log(`  proposta --version            primo ${ms(version?.first ?? NaN)}, mediana ${ms(version?.warm ?? NaN)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
