// Packaging while attachments change underneath, many times at once and under a deep folder: every
// case ends with a code, no package and no temporary file, and the process stays up.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Proposal } from '../../core';
import { NOW, PROFILE, starter } from '../../test/helpers/docs';
import { serveHarness } from '../../test/helpers/hosts';
import { fingerprinted, writeAttachments } from '../../test/helpers/attachment-files';
import { tempFolders } from '../../test/helpers/temp';
import { createPackage, packageFile, type PackageTools } from '../package/create';
import { packageTools } from '../package/tools';

const tmp = tempFolders('pacchetto-app');
const CONTENT = Buffer.alloc(256 * 1024, 0x41);
const doc = fingerprinted(starter('comune-singolo'), () => CONTENT);
const first = doc.allegati.elenco[0]!.nomeFile;
let rendered: { pdf: Uint8Array; docx: Uint8Array };

beforeAll(async () => {
  const real = packageTools(PROFILE);
  rendered = { pdf: await real.renderPdf(doc), docx: await real.renderDocx(doc) };
}, 60_000);

/** The proposal and its attachments in `dir`, each attachment 256 KiB. */
function folder(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'molfetta.proposta');
  writeFileSync(file, JSON.stringify(doc));
  writeAttachments(doc, dir, () => CONTENT);
  return file;
}

/** The real dossiers (rendered once), and `change` run after the attachments were hashed, before they are zipped. */
const toolsChanging = (change: () => void): PackageTools => ({
  renderPdf: async () => { change(); return rendered.pdf; },
  renderDocx: async () => rendered.docx,
});

const CHANGES: Record<string, (path: string) => void> = {
  grows: (p) => appendFileSync(p, 'altri dati'),
  shrinks: (p) => truncateSync(p, 1000),
  'changes a byte': (p) => { const b = readFileSync(p); b[5] = 0x42; writeFileSync(p, b); },
  vanishes: (p) => rmSync(p),
  'becomes a FIFO': (p) => { rmSync(p); spawnSync('mkfifo', [p]); },
};

describe('an attachment that changes between hashing and zipping', () => {
  it('ends every package with ALLEGATO_MODIFICATO, no package and no temporary file (5 kinds × 6, concurrently, under a deep folder)', async () => {
    const deep = join(tmp(), ...Array.from({ length: 40 }, (_, i) => `livello-${i}`));
    const runs = Object.entries(CHANGES).flatMap(([kind, change]) => Array.from({ length: 6 }, (_, i) => ({ kind, change, dir: join(deep, `${kind.replace(/ /g, '-')}-${i}`) })));
    const results = await Promise.all(runs.map(async ({ kind, change, dir }) => {
      const file = folder(dir);
      const out = join(dir, 'pacchetto.zip');
      const r = await createPackage({ doc, proposalPath: file }, toolsChanging(() => change(join(dir, first))), { profile: PROFILE, now: NOW }, packageFile(out));
      return { kind, code: r.ok ? 'ok' : r.code, left: readdirSync(dir).filter((n) => n.endsWith('.zip') || n.endsWith('.tmp')) };
    }));
    for (const r of results) expect(r, r.kind).toEqual({ kind: r.kind, code: 'ALLEGATO_MODIFICATO', left: [] });
  }, 120_000);

  it('packages normally when nothing changes (the same path, as a control)', async () => {
    const dir = join(tmp(), 'controllo');
    const file = folder(dir);
    const r = await createPackage({ doc, proposalPath: file }, toolsChanging(() => undefined), { profile: PROFILE, now: NOW }, packageFile(join(dir, 'pacchetto.zip')));
    expect(r.ok ? 'ok' : r.code).toBe('ok');
  }, 60_000);
});

describe('package:create through the handler table', () => {
  it('refuses a FIFO attachment without waiting on it, and asks before replacing an existing package', async () => {
    const t = serveHarness(tmp());
    folder(t.workspace);
    const opened = await t.value<{ handle: string; doc: Proposal }>('file:open', { source: { kind: 'workspace', name: 'molfetta.proposta' } });
    const req = { doc: opened.doc, handle: opened.handle, target: { kind: 'workspace', name: 'pacchetto.zip' }, certificate: null, password: '' };
    rmSync(join(t.workspace, first));
    expect(spawnSync('mkfifo', [join(t.workspace, first)]).status).toBe(0);
    expect(await t.code('package:create', req)).toBe('ALLEGATI_NON_DISPONIBILI');
    rmSync(join(t.workspace, first));
    writeFileSync(join(t.workspace, first), CONTENT);
    writeFileSync(join(t.workspace, 'pacchetto.zip'), 'pacchetto di ieri');
    expect(await t.code('package:create', req)).toBe('FILE_ESISTENTE');
    expect(readFileSync(join(t.workspace, 'pacchetto.zip'), 'utf8')).toBe('pacchetto di ieri');
    expect(await t.code('package:create', { ...req, overwrite: true })).toBe('ok');
    expect(readFileSync(join(t.workspace, 'pacchetto.zip')).subarray(0, 2).toString()).toBe('PK');
    expect(await t.code('package:create', { ...req, target: { kind: 'workspace', name: 'molfetta.proposta' } })).toBe('RICHIESTA_NON_VALIDA');
  }, 120_000);
});
