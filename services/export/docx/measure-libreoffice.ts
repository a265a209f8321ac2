/**
 * Measures how long LibreOffice takes to turn the large benchmark proposal's DOCX into a PDF, and how
 * many pages that PDF has. Prints the figures; asserts nothing.
 *
 *   npx tsx services/export/docx/measure-libreoffice.ts [runs]
 *
 * The first conversion also creates LibreOffice's profile (a cold start, as on a new computer); the
 * following ones reuse it, as a user converting again would.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildExportModel, defaultCallProfile } from '../../../core';
import { largeProposal } from '../../../bench/large-proposal';
import { renderDossierDocx } from './index';
import { convertWithLibreOffice } from './libreoffice';

const run = promisify(execFile);
const print = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

const median = (sorted: readonly number[]): number => {
  const mid = sorted.length / 2;
  return Number.isInteger(mid) ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2 : sorted[Math.floor(mid)] ?? 0;
};

async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
}

async function main(runs: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'proposta-measure-'));
  const profileDir = join(dir, 'profilo');
  try {
    const model = buildExportModel(largeProposal(), defaultCallProfile());
    let t = performance.now();
    const bytes = await renderDossierDocx(model);
    print(`DOCX: ${kib(bytes.length)}, generato in ${seconds(performance.now() - t)}`);
    const docx = join(dir, 'grande.docx');
    await writeFile(docx, bytes);
    const times: number[] = [];
    let pdf = '';
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      pdf = await convertWithLibreOffice(docx, 'pdf', dir, { profileDir });
      times.push(performance.now() - t);
      print(`LibreOffice, conversione ${i + 1}${i === 0 ? ' (profilo nuovo)' : ''}: ${seconds(times[i] ?? 0)}`);
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    if (warm.length) print(`LibreOffice, con profilo esistente: mediana ${seconds(median(warm))}, minimo ${seconds(warm[0] ?? 0)}`);
    print(`PDF: ${await pdfPages(pdf)} pagine, ${kib((await stat(pdf)).size)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main(Math.max(1, Number(process.argv[2] ?? 3) || 3));
