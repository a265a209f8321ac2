// The dossier prints, for each AI system, its class and a table of obligations with source, date,
// verification state and how the body meets each one: in the PDF (as pdftotext reads it) and in the DOCX.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildExportModel, type Block } from '../core';
import { renderDossierDocx } from '../services/export/docx';
import { renderDossierPdf } from '../services/export/pdf';
import { PROFILE, starter } from './helpers/docs';

const model = buildExportModel(starter('provincia'), PROFILE);
const tables = model.sections.flatMap((s) => s.blocks).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.caption.startsWith('Obblighi – '));
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

async function written(name: string, bytes: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'proposta-conformita-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, name);
  await writeFile(file, bytes);
  return file;
}

describe('the obligations of each AI system in the dossier', () => {
  it('are in the model for both systems of the provincia starter', () => {
    expect(tables.map((t) => t.caption)).toEqual(['Obblighi – d) Motore di ricerca intelligente', 'Obblighi – e) Sistema di orchestrazione dei processi']);
    expect(tables.every((t) => t.rows.length >= 6)).toBe(true);
  });

  it('are printed in the PDF, each row with its source, date, state and text', async () => {
    const pdf = await written('dossier.pdf', await renderDossierPdf(model));
    const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    expect(text).toContain('Sistemi di intelligenza artificiale: classe e obblighi');
    expect(text).toContain('non è una consulenza legale');
    for (const t of tables) {
      const from = text.indexOf(t.caption);
      expect(from, t.caption).toBeGreaterThan(-1);
      let at = from;
      for (const row of t.rows) {
        // Each row's cells in order, the long text by its first words (the page may break inside it).
        const start = flat(row.slice(0, 4).join(' '));
        const found = text.indexOf(start, at);
        expect(found, `${t.caption}: ${start}`).toBeGreaterThan(at - 1);
        const first = flat(row[4]!).slice(0, 30);
        expect(text.slice(found + start.length, found + start.length + 80).trimStart().startsWith(first), `${start} → ${first}`).toBe(true);
        at = found;
      }
    }
    expect(text).toContain('Rischio minimo');
  }, 60_000);

  it('are real tables in the DOCX, with the same cells', async () => {
    const docx = await written('dossier.docx', await renderDossierDocx(model));
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) =>
      [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => unescape([...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))));
    for (const t of tables) for (const row of t.rows) expect(rows).toContainEqual(row.map((c) => c));
  }, 60_000);
});
