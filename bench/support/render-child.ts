// Runs in a process of its own, bundled (bench/support/bundle.ts): renders the dossier of a proposal
// file `runs` + 1 times and prints, as JSON, when the process reached this code (Node's own start-up),
// the time to load the renderer asked for (only that one, as `proposta export` does), the first
// render, the later ones, the size of the output and the process's peak memory. Used by
// pdf.bench.ts and docx.bench.ts.
import { readFileSync } from 'node:fs';
import { buildExportModel, defaultCallProfile, type Proposal } from '../../core';

const startMs = performance.now();
const [kind = 'pdf', file = '', runsText = '5'] = process.argv.slice(2);

async function main(): Promise<void> {
  const t0 = performance.now();
  const render = kind === 'docx' ? (await import('../../services/export/docx')).renderDossierDocx : (await import('../../services/export/pdf')).renderDossierPdf;
  const loadMs = performance.now() - t0;
  const model = buildExportModel(JSON.parse(readFileSync(file, 'utf8')) as Proposal, defaultCallProfile());
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i <= Number(runsText); i++) {
    const t = performance.now();
    bytes = (await render(model)).byteLength;
    times.push(performance.now() - t);
  }
  process.stdout.write(JSON.stringify({ startMs, loadMs, times, bytes, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

// A CommonJS bundle has no top-level await.
void main();
