// The dossier PDF of each starter, checked with the tools an officer's validator or viewer would
// use: qpdf for structure, pdffonts for embedding, pdfinfo for the PDF/A metadata, pdftotext for text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportModel, type ExportModel } from '../../../core';
import { edit, PROFILE, STARTER_NAMES, starter } from '../../../test/helpers/docs';
import { renderDossierPdf } from './index';
import { fileId } from './pdfa';

const dir = mkdtempSync(join(tmpdir(), 'proposta-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });
/** Text with every run of white space as one space: lines break anywhere in the PDF. */
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

function totalCost(model: ExportModel): string {
  for (const section of model.sections) {
    for (const block of section.blocks) {
      const row = block.kind === 'fields' ? block.rows.find(([label]) => label === 'Costo totale del progetto') : undefined;
      if (row) return row[1];
    }
  }
  throw new Error('nessun costo totale nel modello');
}

describe.each(STARTER_NAMES)('renderDossierPdf (%s)', (name) => {
  const model = buildExportModel(starter(name), PROFILE);
  const file = join(dir, `${name}.pdf`);
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await renderDossierPdf(model);
    writeFileSync(file, bytes);
  });

  it('is a well-formed PDF for qpdf', () => {
    expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
    const out = run('qpdf', ['--check', file]);
    expect(out).toContain('No syntax or stream encoding errors found');
    expect(out).not.toMatch(/WARNING|error:/i);
  });

  it('embeds every font it uses (pdffonts)', () => {
    const rows = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // name, type (two words), encoding, then emb sub uni: the embedded flag must be "yes".
      const cols = row.trim().split(/\s+/);
      expect(row).toMatch(/TitilliumWeb|Roboto/);
      expect(cols.slice(-5, -2)).toEqual(['yes', 'yes', 'yes']);
    }
  });

  it('declares PDF/A-2b with the metadata of the model (pdfinfo)', () => {
    const meta = run('pdfinfo', ['-meta', file]);
    expect(meta).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(meta).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    const info = run('pdfinfo', ['-isodates', file]);
    expect(info).toContain(`Title:           ${model.meta.title}`);
    expect(info).toContain(`Author:          ${model.meta.author}`);
    expect(info).toContain(`Keywords:        ${model.meta.keywords}`);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toContain(`CreationDate:    ${model.meta.modified.slice(0, 19)}Z`);
    expect(info).toContain(`ModDate:         ${model.meta.modified.slice(0, 19)}Z`);
    // The sRGB output intent that PDF/A requires, with its ICC profile.
    const pdf = Buffer.from(bytes).toString('latin1');
    expect(pdf).toMatch(/\/Type \/OutputIntent[\s\S]*?\/S \/GTS_PDFA1/);
    expect(pdf).toContain(`/ID [<${fileId(model.meta).toString('hex')}> <${fileId(model.meta).toString('hex')}>]`);
  });

  it('says what the model says (pdftotext)', () => {
    const text = flat(run('pdftotext', [file, '-']));
    for (const section of model.sections) expect(text).toContain(flat(section.title));
    expect(text).toContain(flat(model.cover.title));
    expect(text).toContain(model.cover.cup);
    expect(text).toContain('pagina 1 di');
    expect(text).toContain(`Costo totale del progetto ${totalCost(model)}`);
    expect(text).toContain(flat(model.header));
  });

  it('gives the same bytes for the same model', async () => {
    const again = await renderDossierPdf(buildExportModel(starter(name), PROFILE));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('renderDossierPdf layout', () => {
  it('puts the cover on page 1, the table of contents on page 2 and each section on a page of its own', async () => {
    const model = buildExportModel(starter('aggregazione'), PROFILE);
    const file = join(dir, 'pagine.pdf');
    writeFileSync(file, await renderDossierPdf(model));
    const pages = run('pdftotext', [file, '-']).split('\f');
    expect(flat(pages[0] ?? '')).toContain(flat(model.cover.title));
    expect(flat(pages[0] ?? '')).not.toContain(model.header);
    expect(flat(pages[1] ?? '')).toMatch(/^.*Indice/);
    // The table of contents gives each section the page on which its title is printed first.
    for (const section of model.sections) {
      const entry = new RegExp(`${flat(section.title).replace(/[()]/g, '\\$&')} (\\d+)`).exec(flat(pages[1] ?? ''));
      expect(entry, section.title).not.toBeNull();
      const page = Number(entry?.[1]);
      expect(flat(pages[page - 1] ?? '').startsWith(`${flat(model.header)} ${flat(section.title)}`), section.title).toBe(true);
    }
    const count = pages.filter((p) => p.trim()).length;
    expect(flat(pages[count - 1] ?? '')).toContain(`pagina ${count} di ${count}`);
  });
});

describe('renderDossierPdf with difficult text', () => {
  const sentence = 'Accuratezza ≥ 95% (α), tempi 48 → 25 giorni, «città» & <enti> 😀. ';
  const doc = edit(starter('comune-singolo'), (d) => {
    d.progetto.titolo = 'Fascicolo & servizi <digitali> "unici"';
    // A pasted text of 30,000 characters in one paragraph, with a tab and a control character.
    d.progetto.sintesi = `Inizio\tdel testo\u0007. ${sentence.repeat(500)}Fine del testo.`;
    d.progetto.obiettivi = [];
    d.cronoprogramma.attivita = [];
  });
  const model = buildExportModel(doc, PROFILE);
  const file = join(dir, 'difficile.pdf');

  beforeAll(async () => {
    writeFileSync(file, await renderDossierPdf(model));
  });

  it('stays a valid PDF/A with the fallback font embedded', () => {
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
    const fonts = run('pdffonts', [file]);
    expect(fonts).toMatch(/Roboto-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).not.toMatch(/\sno\s+(yes|no)\s+(yes|no)\s+\d+/);
    const meta = run('pdfinfo', ['-meta', file]);
    expect(meta).toContain('Fascicolo &amp; servizi &lt;digitali&gt; &quot;unici&quot;');
    expect(meta).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
  });

  it('prints every character, flows the long paragraph across pages and says when a list is empty', () => {
    const text = flat(run('pdftotext', [file, '-']));
    expect(text).toContain('Inizio del testo.');
    expect(text).toContain('Accuratezza ≥ 95% (α), tempi 48 › 25 giorni, «città» & <enti> ?.');
    expect(text).toContain('Fine del testo.');
    expect(text).toContain('Nessun elemento inserito.');
    expect(text).toContain('Nessuna attività inserita.');
    // 30,000 characters take some seven pages: the paragraph must begin and end pages apart.
    const pages = run('pdftotext', [file, '-']).split('\f').map(flat);
    const start = pages.findIndex((p) => p.includes('Inizio del testo.'));
    const end = pages.findIndex((p) => p.includes('Fine del testo.'));
    expect(start).toBeGreaterThan(1);
    expect(end - start).toBeGreaterThanOrEqual(5);
  });
});
