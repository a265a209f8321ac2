// Runs in a process of its own, bundled (bench/support/bundle.ts): renders the dossier of a proposal
// file `runs` + 1 times and prints, as JSON, the time to load the code, the first render, the later
// ones, the size of the output and the process's peak memory. Used by pdf.bench.ts and docx.bench.ts.
import { readFileSync } from 'node:fs';
import { buildExportModel, defaultCallProfile, type Proposal } from '../../core';
import { renderDossierDocx } from '../../services/export/docx';
import { renderDossierPdf } from '../../services/export/pdf';

const loaded = performance.now();
const [kind = 'pdf', file = '', runsText = '5'] = process.argv.slice(2);
const render = kind === 'docx' ? renderDossierDocx : renderDossierPdf;
const model = buildExportModel(JSON.parse(readFileSync(file, 'utf8')) as Proposal, defaultCallProfile());

async function main(): Promise<void> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i <= Number(runsText); i++) {
    const t = performance.now();
    bytes = (await render(model)).byteLength;
    times.push(performance.now() - t);
  }
  process.stdout.write(JSON.stringify({ loadMs: loaded, times, bytes, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

// A CommonJS bundle has no top-level await.
void main();
