import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../core';
import { starter } from '../../test/helpers/docs';
import { desktopHarness, serveHarness } from '../../test/helpers/hosts';
import { tempFolders } from '../../test/helpers/temp';
import { STARTERS_DIR } from '../starters';
import { checkAttachmentFiles, copyExampleAttachments } from './attachments';

const temp = tempFolders('allegati');
const ROOT = new URL('../..', import.meta.url).pathname;
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

async function opened(h: ReturnType<typeof serveHarness>): Promise<{ handle: string; doc: Proposal }> {
  return h.value('file:open', { source: { kind: 'workspace', name: 'molfetta.proposta' } });
}

describe('attachments beside the proposal', () => {
  it('the starters declare their example files, beside them, with the fingerprints those files have', () => {
    for (const name of ['comune-singolo', 'aggregazione', 'provincia'] as const) {
      for (const a of starter(name).allegati.elenco) {
        const file = join(STARTERS_DIR, a.nomeFile);
        expect([a.nomeFile, sha(readFileSync(file))]).toEqual([a.nomeFile, a.sha256]);
        expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('ESEMPIO');
      }
    }
    // The generator would write the very same bytes: the examples are not edited by hand.
    expect(spawnSync('npx', ['tsx', 'scripts/gen-example-attachments.ts', '--check'], { cwd: ROOT }).status).toBe(0);
  });

  it('copies the examples beside a proposal made from a starter, never over a file', async () => {
    const dir = temp();
    const doc = starter('aggregazione');
    mkdirSync(join(dir, 'allegati'));
    writeFileSync(join(dir, 'allegati', 'accordo-aggregazione.pdf'), 'il mio accordo');
    expect(await copyExampleAttachments(doc, join(dir, 'p.proposta'), STARTERS_DIR)).toBe(doc.allegati.elenco.length - 1);
    expect(readFileSync(join(dir, 'allegati', 'accordo-aggregazione.pdf'), 'utf8')).toBe('il mio accordo');
    const r = await checkAttachmentFiles(doc, join(dir, 'p.proposta'));
    expect(r.issues.map((i) => [i.code, i.pointer])).toEqual([['ALLEGATO_FILE_DIVERSO', '/allegati/elenco/4/nomeFile']]);
  });

  it('attaches a file of the workspace by copying it once under allegati/, fingerprinted by the app', async () => {
    const h = serveHarness(temp());
    const { handle } = await opened(h);
    writeFileSync(join(h.workspace, 'verbale.pdf'), '%PDF verbale');
    const a = await h.value<{ nomeFile: string; sha256: string }>('attachments:add', { handle, source: { kind: 'workspace', name: 'verbale.pdf' } });
    expect(a).toMatchObject({ nomeFile: 'allegati/verbale.pdf', sha256: sha('%PDF verbale') });
    writeFileSync(join(h.workspace, 'verbale.pdf'), '%PDF altro verbale');
    const b = await h.value<{ nomeFile: string }>('attachments:add', { handle, source: { kind: 'workspace', name: 'verbale.pdf' } });
    expect(b.nomeFile).toBe('allegati/verbale (2).pdf');
    const c = await h.value<{ nomeFile: string }>('attachments:add', { handle, source: { kind: 'workspace', name: 'allegati/verbale.pdf' } });
    expect(c.nomeFile).toBe('allegati/verbale.pdf');
  });

  it('refuses links, other folders, unknown formats and a proposal not saved', async () => {
    const h = serveHarness(temp());
    const { handle } = await opened(h);
    writeFileSync(join(h.root, 'segreto.pdf'), 'fuori');
    symlinkSync(join(h.root, 'segreto.pdf'), join(h.workspace, 'collegamento.pdf'));
    writeFileSync(join(h.workspace, 'programma.exe.pdf'), 'x');
    writeFileSync(join(h.workspace, 'script.sh'), 'x');
    expect(await h.code('attachments:add', { handle, source: { kind: 'workspace', name: 'collegamento.pdf' } })).toBe('FUORI_CARTELLA');
    expect(await h.code('attachments:add', { handle, source: { kind: 'workspace', name: '../segreto.pdf' } })).toBe('RICHIESTA_NON_VALIDA');
    expect(await h.code('attachments:add', { handle, source: { kind: 'workspace', name: 'script.sh' } })).toBe('RICHIESTA_NON_VALIDA');
    expect(await h.code('attachments:add', { handle: 'f'.repeat(32), source: { kind: 'workspace', name: 'programma.exe.pdf' } })).toBe('PROPOSTA_NON_SALVATA');
    expect(existsSync(join(h.workspace, 'allegati', 'collegamento.pdf'))).toBe(false);
  });

  it('on the desktop, copies the file chosen in the dialog and says nothing when it is cancelled', async () => {
    const root = temp();
    const outside = join(root, 'scaricati', 'delibera firmata.pdf.p7m');
    mkdirSync(join(root, 'scaricati'));
    writeFileSync(outside, 'p7m');
    const answers = [join(root, 'documenti', 'molfetta.proposta'), outside, null];
    const h = desktopHarness(root, { open: () => answers.shift() ?? null });
    const { handle } = await h.value<{ handle: string }>('file:open', { source: { kind: 'dialog' } });
    const a = await h.value<{ nomeFile: string; sha256: string }>('attachments:add', { handle, source: { kind: 'dialog' } });
    expect(a).toMatchObject({ nomeFile: 'allegati/delibera firmata.pdf.p7m', sha256: sha('p7m') });
    expect(readFileSync(join(root, 'documenti', 'allegati', 'delibera firmata.pdf.p7m'), 'utf8')).toBe('p7m');
    expect(await h.value('attachments:add', { handle, source: { kind: 'dialog' } })).toEqual({ cancelled: true });
  });
});
