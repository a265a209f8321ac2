// The dossier PDF of the large benchmark proposal (30 partners, 1,000 budget lines, 300 databases,
// 200 activities), as a user waits for it and beside its peer measured in the same run: LibreOffice
// converting our own DOCX of the same proposal to PDF.
//   - whole process: `proposta export FILE --pdf OUT` (the built CLI), first run apart from the
//     median of the warm ones, and its peak memory;
//   - in process, as shipped (bundled): load, first render, median of the warm renders;
//   - LibreOffice: `soffice --convert-to pdf` of the DOCX, whole process, first and warm;
//   - the tagged structure (issue 13: kept on only if it costs under 20%): the PDF with and without
//     it, whole process (a bundled process that renders once) and in process (alternating in one
//     process, wall and CPU time), and the sizes.
// Figures, not a test: nothing is asserted. Temporary files are removed at the end.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExportModel, defaultCallProfile } from '../core';
import { renderDossierDocx } from '../services/export/docx';
import { convertWithLibreOffice } from '../services/export/docx/libreoffice';
import { serializeProposal } from '../services/files';
import { buildCli } from '../scripts/build';
import { largeProposal } from './large-proposal';
import { machineLine, median, ms } from './stats';
import { benchBundle } from './support/bundle';
import { peakRssMiB, timeInterleaved } from './support/process';

const root = new URL('..', import.meta.url).pathname;
const RUNS = 7;
const LO_RUNS = 3;
/** Pairs of renders with and without tags: their difference is small beside the noise of a shared machine. */
const TAG_RUNS = 15;
const pages = (file: string): string => /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '?';

const dir = mkdtempSync(join(tmpdir(), 'proposta-bench-pdf-'));
const bundle = await benchBundle(join(root, 'bench/support/render-child.ts'));
try {
  await buildCli();
  const proposal = join(dir, 'grande.proposta');
  const doc = largeProposal();
  writeFileSync(proposal, serializeProposal(doc));
  const pdf = join(dir, 'dossier.pdf');
  // --sovrascrivi: every run after the first writes over the same file (the CLI refuses to by default).
  const cli = [join(root, 'bin/proposta.js'), 'export', proposal, '--pdf', pdf, '--sovrascrivi'];

  // Whole process, beside a bare Node start-up.
  const [whole, bare] = timeInterleaved([{ cmd: process.execPath, args: cli }, { cmd: process.execPath, args: ['-e', '0'] }], RUNS);
  const rss = peakRssMiB(cli);
  // In process, the bundled code.
  const inProcess = JSON.parse(execFileSync(process.execPath, [bundle.file, 'pdf', proposal, String(RUNS)], { encoding: 'utf8' })) as { startMs: number; loadMs: number; times: number[]; bytes: number; maxRssMiB: number };
  const [first = NaN, ...warm] = inProcess.times;

  // With and without tags: whole process, then in one process.
  const child = (kind: string, runs: number): { cmd: string; args: string[] } => ({ cmd: process.execPath, args: [bundle.file, kind, proposal, String(runs)] });
  const [wholeTagged, wholeUntagged] = timeInterleaved([child('pdf-tagged', 0), child('pdf-untagged', 0)], RUNS);
  type Side = { times: number[]; cpu: number[]; bytes: number };
  const both = JSON.parse(execFileSync(child('pdf-tags', TAG_RUNS).cmd, child('pdf-tags', TAG_RUNS).args, { encoding: 'utf8' })) as { tagged: Side; untagged: Side };

  // The peer: LibreOffice converting our DOCX of the same proposal (a profile folder of its own).
  const docx = join(dir, 'dossier.docx');
  writeFileSync(docx, await renderDossierDocx(buildExportModel(doc, defaultCallProfile())));
  const profileDir = join(dir, 'lo-profilo');
  const outDir = join(dir, 'lo');
  const lo: number[] = [];
  for (let i = 0; i <= LO_RUNS; i++) {
    const t = performance.now();
    await convertWithLibreOffice(docx, 'pdf', outDir, { profileDir, timeoutMs: 300_000 });
    lo.push(performance.now() - t);
  }
  const loWarm = median(lo.slice(1));

  console.log(await machineLine());
  console.log(`Proposta grande: ${doc.ente.partner.length} partner, ${doc.budget.voci.length} voci, ${doc.dati.banche.length} banche dati, ${doc.cronoprogramma.attivita.length} attività`);
  console.log(`dossier PDF: ${pages(pdf)} pagine, ${(statSync(pdf).size / 1024).toFixed(0)} KiB`);
  console.log(`proposta export --pdf (processo intero): primo ${ms(whole?.first ?? NaN)}, mediana di ${RUNS - 1} ${ms(whole?.warm ?? NaN)} (obiettivo < 800 ms); node -e 0: ${ms(bare?.warm ?? NaN)}; memoria di picco ${rss.toFixed(0)} MiB (obiettivo < 200 MiB)`);
  console.log(`nel processo: avvio di Node ${ms(inProcess.startMs)}, caricamento del renderer ${ms(inProcess.loadMs)}, primo render ${ms(first)}, mediana dei successivi ${ms(median(warm))} (obiettivo < 350 ms)`);
  const pct = (a: number, b: number): string => `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(0)}%`;
  const t = both.tagged;
  const u = both.untagged;
  const warmOf = (x: number[]): number => median(x.slice(1));
  // Each render with tags against the render without them next to it: the median of these ratios.
  const pairRatio = (a: number[], b: number[]): number => median(a.slice(1).map((x, i) => x / (b[i + 1] ?? NaN)));
  const wallCost = pairRatio(t.times, u.times) - 1;
  const cpuCost = pairRatio(t.cpu, u.cpu) - 1;
  const pctOf = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;
  console.log(`struttura con tag: ${(t.bytes / 1024).toFixed(0)} KiB con, ${(u.bytes / 1024).toFixed(0)} KiB senza (${pct(t.bytes, u.bytes)})`);
  console.log(`  processo intero (un render): con primo ${ms(wholeTagged?.first ?? NaN)}, mediana ${ms(wholeTagged?.warm ?? NaN)}; senza primo ${ms(wholeUntagged?.first ?? NaN)}, mediana ${ms(wholeUntagged?.warm ?? NaN)} (${pct(wholeTagged?.warm ?? NaN, wholeUntagged?.warm ?? NaN)})`);
  console.log(`  nel processo, alternati: primo render con ${ms(t.times[0] ?? NaN)} (il primo del processo), senza ${ms(u.times[0] ?? NaN)}; mediana dei successivi con ${ms(warmOf(t.times))}, senza ${ms(warmOf(u.times))} (${pct(warmOf(t.times), warmOf(u.times))}); tempo CPU con ${ms(warmOf(t.cpu))}, senza ${ms(warmOf(u.cpu))} (${pct(warmOf(t.cpu), warmOf(u.cpu))})`);
  console.log(`  mediana dei rapporti coppia per coppia (${TAG_RUNS} coppie): tempo ${pctOf(wallCost)}, CPU ${pctOf(cpuCost)}`);
  console.log(`  regola dell'issue 13 (tag solo se costano meno del 20%): ${wallCost < 0.2 && cpuCost < 0.2 ? 'sotto il 20%' : 'oltre il 20%: opzione, spenta di norma'}`);
  console.log(`LibreOffice DOCX -> PDF (processo intero): primo ${ms(lo[0] ?? NaN)}, mediana di ${LO_RUNS} ${ms(loWarm)}; ${pages(join(outDir, 'dossier.pdf'))} pagine`);
  console.log(`rapporto, processi interi a regime: Proposta ${(loWarm / (whole?.warm ?? NaN)).toFixed(1)}x più veloce di LibreOffice (obiettivo >= 15x); primo giro ${((lo[0] ?? NaN) / (whole?.first ?? NaN)).toFixed(1)}x`);
} finally {
  bundle.cleanup();
  rmSync(dir, { recursive: true, force: true });
}
