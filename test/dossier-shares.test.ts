// The dossier prints each breakdown of the budget with shares that add up to 100,0%, in the PDF and in
// the DOCX as LibreOffice lays it out (issue: rounding each share alone printed 20% | 25% | 6% | 46%).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildExportModel } from '../core';
import { renderDossierDocx } from '../services/export/docx';
import { convertWithLibreOffice } from '../services/export/docx/libreoffice';
import { renderDossierPdf } from '../services/export/pdf';
import { PROFILE, starter } from './helpers/docs';

const CAPTIONS = ['Totali per componente', 'Totali per categoria di costo', 'Totali per ente'];

/** The shares (in tenths) printed between a table's caption and the next one, its 100,0% footer left out. */
function sharesAfter(text: string, caption: string): number[] {
  const from = text.indexOf(caption);
  const ends = CAPTIONS.map((c) => text.indexOf(c, from + caption.length)).filter((i) => i > from);
  const chart = text.indexOf('Costo per componente', from);
  const to = Math.min(...ends, chart > from ? chart : text.length);
  const found = [...text.slice(from, to).matchAll(/(\d{1,3}),(\d)\s?%/g)].map((m) => Number(m[1]) * 10 + Number(m[2]));
  expect(found.at(-1)).toBe(1000);
  return found.slice(0, -1);
}

const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the aggregazione starter\'s dossier', () => {
  const model = buildExportModel(starter('aggregazione'), PROFILE);

  it.each(['pdf', 'docx'] as const)('prints shares that add up to a hundred per cent in every breakdown of the %s', async (format) => {
    const dir = await mkdtemp(join(tmpdir(), 'proposta-quote-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    let pdf = join(dir, 'dossier.pdf');
    if (format === 'pdf') await writeFile(pdf, await renderDossierPdf(model));
    else {
      await writeFile(join(dir, 'dossier.docx'), await renderDossierDocx(model));
      pdf = await convertWithLibreOffice(join(dir, 'dossier.docx'), 'pdf', dir);
    }
    const text = pdftotext(pdf);
    for (const caption of CAPTIONS) {
      const shares = sharesAfter(text, caption);
      expect(shares.length).toBeGreaterThan(1);
      expect([caption, sum(shares)]).toEqual([caption, 1000]);
    }
  }, 180_000);
});
