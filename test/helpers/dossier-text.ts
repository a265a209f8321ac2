// The text of the starters' dossiers as pdftotext reads it: what the PDF says, whatever draws it.
// Shared by the content test of the PDF renderer and by `npm run fixtures:dossier-text`, which
// rewrites the expected texts when the export model changes on purpose.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExportModel } from '../../core';
import { renderDossierPdf } from '../../services/export/pdf';
import { PROFILE, starter, type StarterName } from './docs';

export const DOSSIER_TEXT_DIR = new URL('../fixtures/dossier-text/', import.meta.url).pathname;

export const dossierTextPath = (name: StarterName): string => join(DOSSIER_TEXT_DIR, `${name}.txt`);

/** pdftotext of the dossier PDF of a starter (UTF-8, pages separated by form feeds). */
export async function starterDossierText(name: StarterName): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'proposta-dossier-text-'));
  try {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, await renderDossierPdf(buildExportModel(starter(name), PROFILE)));
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The comparable form of a dossier's text: one string per page, every run of white space as one
 * space. Where a line wraps or how much space pdftotext guesses between two runs is layout; the
 * words, their order and the page each is on are content.
 */
export function pagesOf(text: string): string[] {
  return text.split('\f').map((p) => p.replace(/\s+/g, ' ').trim()).filter((p, i, all) => p !== '' || i < all.length - 1);
}
