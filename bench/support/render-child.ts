// Runs in a process of its own, bundled (bench/support/bundle.ts): renders the dossier of a proposal
// file `runs` + 1 times and prints, as JSON, when the process reached this code (Node's own start-up),
// the time to load the renderer asked for (only that one, as `proposta export` does), the first
// render, the later ones, the size of the output and the process's peak memory. Used by
// pdf.bench.ts and docx.bench.ts. Kind `pdf-tags` alternates the PDF with and without its tagged
// structure in the same process, and gives the CPU time of each render too (steadier than the wall
// time on a loaded machine); `pdf-tagged` and `pdf-untagged` render one of the two.
import { readFileSync } from 'node:fs';
import { buildExportModel, defaultCallProfile, type Proposal } from '../../core';

const startMs = performance.now();
const [kind = 'pdf', file = '', runsText = '5'] = process.argv.slice(2);

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

/** The PDF with and without tags, alternately: times and CPU times of each, and the sizes. */
async function tags(runs: number): Promise<void> {
  const t0 = performance.now();
  const { renderDossierPdf } = await import('../../services/export/pdf');
  const loadMs = performance.now() - t0;
  const model = buildExportModel(JSON.parse(readFileSync(file, 'utf8')) as Proposal, defaultCallProfile());
  const out = { tagged: { times: [] as number[], cpu: [] as number[], bytes: 0 }, untagged: { times: [] as number[], cpu: [] as number[], bytes: 0 } };
  for (let i = 0; i <= runs; i++) {
    // Which goes first alternates too: the first render of a process pays for both.
    for (const tagged of i % 2 === 0 ? [true, false] : [false, true]) {
      const r = tagged ? out.tagged : out.untagged;
      const t = performance.now();
      const c = process.cpuUsage();
      r.bytes = (await renderDossierPdf(model, { tagged })).byteLength;
      r.cpu.push(cpuMs(c));
      r.times.push(performance.now() - t);
    }
  }
  process.stdout.write(JSON.stringify({ startMs, loadMs, ...out }));
}

async function main(): Promise<void> {
  if (kind === 'pdf-tags') return tags(Number(runsText));
  const t0 = performance.now();
  const pdf = kind === 'docx' ? undefined : (await import('../../services/export/pdf')).renderDossierPdf;
  const render = pdf === undefined
    ? (await import('../../services/export/docx')).renderDossierDocx
    : kind === 'pdf' ? pdf : (m: Parameters<typeof pdf>[0]) => pdf(m, { tagged: kind === 'pdf-tagged' });
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
