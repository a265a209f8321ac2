import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildExportModel, defaultCallProfile, type Proposal } from '../../../core';
import { renderDossierDocx } from './index';
import { convertWithLibreOffice } from './libreoffice';

const run = promisify(execFile);
const STARTERS = ['aggregazione', 'comune-singolo', 'provincia'] as const;
/** pdftotext breaks lines where the PDF does (and amounts may hold no-break spaces): compare words. */
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(STARTERS)('LibreOffice and the DOCX of %s', (name) => {
  it('converts it to a PDF with the cover title, every section title and the budget total', async () => {
    const doc = JSON.parse(await readFile(new URL(`../../../templates/examples/${name}.proposta.json`, import.meta.url), 'utf8')) as Proposal;
    const model = buildExportModel(doc, defaultCallProfile());
    const dir = await mkdtemp(join(tmpdir(), 'proposta-docx-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const docx = join(dir, `${name}.docx`);
    await writeFile(docx, await renderDossierDocx(model));
    const pdf = await convertWithLibreOffice(docx, 'pdf', dir);
    const text = words((await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout);
    expect(text).toContain(words(model.cover.title));
    for (const section of model.sections) expect(text).toContain(words(section.title));
    const total = model.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'fields' ? b.rows : [])).find(([k]) => k === 'Costo totale del progetto');
    expect(total).toBeDefined();
    expect(text).toContain(`Costo totale del progetto ${words(total?.[1] ?? '')}`);
  }, 120_000);
});
