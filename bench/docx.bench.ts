// The DOCX dossier of the large benchmark proposal and of one five times larger (150 partners where
// Puglia has enough small Comuni, 5,000 budget lines, 1,500 databases, 1,000 activities): whole
// `proposta export --docx` processes (first run apart from the median of the warm ones, peak memory)
// and, as shipped (bundled), the renders in process. Figures, not a test. Temporary files are removed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeProposal } from '../services/files';
import { buildCli } from '../scripts/build';
import { largeProposal } from './large-proposal';
import { machineLine, median, ms } from './stats';
import { benchBundle } from './support/bundle';
import { peakRssMiB, timeInterleaved } from './support/process';

const root = new URL('..', import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), 'proposta-bench-docx-'));
const bundle = await benchBundle(join(root, 'bench/support/render-child.ts'));
try {
  await buildCli();
  console.log(await machineLine());
  for (const [label, factor, runs] of [['proposta grande', 1, 5], ['cinque volte più grande', 5, 2]] as const) {
    const doc = largeProposal({ partners: 30 * factor, lines: 1000 * factor, databases: 300 * factor, activities: 200 * factor });
    const proposal = join(dir, `x${factor}.proposta`);
    writeFileSync(proposal, serializeProposal(doc));
    const out = join(dir, `x${factor}.docx`);
    const cli = [join(root, 'bin/proposta.js'), 'export', proposal, '--docx', out];
    const [whole] = timeInterleaved([{ cmd: process.execPath, args: cli }], runs + 1);
    const rss = peakRssMiB(cli);
    const inProcess = JSON.parse(execFileSync(process.execPath, [bundle.file, 'docx', proposal, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 20 })) as { loadMs: number; times: number[]; maxRssMiB: number };
    const [first = NaN, ...warm] = inProcess.times;
    console.log(`\n${label}: ${doc.ente.partner.length} partner, ${doc.budget.voci.length} voci, ${doc.dati.banche.length} banche dati, ${doc.cronoprogramma.attivita.length} attività; DOCX ${(statSync(out).size / 1024).toFixed(0)} KiB`);
    console.log(`  proposta export --docx (processo intero): primo ${ms(whole?.first ?? NaN)}, mediana ${ms(whole?.warm ?? NaN)}; memoria di picco ${rss.toFixed(0)} MiB${factor === 5 ? ' (obiettivo < 400 MiB)' : ''}`);
    console.log(`  nel processo: caricamento del renderer ${ms(inProcess.loadMs)}, primo render ${ms(first)}, mediana dei successivi ${ms(median(warm))}; memoria di picco ${inProcess.maxRssMiB.toFixed(0)} MiB`);
  }
} finally {
  bundle.cleanup();
  rmSync(dir, { recursive: true, force: true });
}
