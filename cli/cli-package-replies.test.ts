// The partners' merged replies in the package: beside the proposal in `risposte/`, packed under the same
// name and listed in the manifest; `proposta validate`, the package and `proposta verify` agree on them.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyFileName, type PackageManifest, type PackageVerification, type PartnerModule, type Proposal } from '../core';
import { sha256sums } from '../services/package/manifest';
import { writeZip } from '../services/package/zip-write';
import { fingerprinted, writeAttachments } from '../test/helpers/attachment-files';
import { starter } from '../test/helpers/docs';
import { tempFolders } from '../test/helpers/temp';
import { main } from './main';

const tmp = tempFolders('cli-pacchetto-risposte');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

/** Rezips an extracted folder with SHA256SUMS recomputed, as an attacker would. */
async function rezip(folder: string, out: string): Promise<void> {
  const names = execFileSync('find', ['.', '-type', 'f'], { cwd: folder, encoding: 'utf8' }).trim().split('\n').map((n) => n.slice(2)).sort();
  const files = names.filter((n) => n !== 'SHA256SUMS').map((n) => { const b = readFileSync(join(folder, n)); return { name: n, size: b.length, sha256: sha(b) }; });
  writeFileSync(join(folder, 'SHA256SUMS'), sha256sums(files));
  await writeZip(out, names.map((n) => ({ name: n, source: { kind: 'bytes' as const, data: readFileSync(join(folder, n)) } })));
}

/** An aggregation with its attachments, a module sent to Cutrofiano and its reply merged (unsigned) and kept in `risposte/`. */
async function merged(): Promise<{ dir: string; file: string; reply: string; module: PartnerModule }> {
  const dir = tmp();
  const file = join(dir, 'aggregazione.proposta.json');
  const content = (a: { nomeFile: string }) => `%PDF-1.4\n% allegato ${a.nomeFile}\n`;
  const doc = fingerprinted(starter('aggregazione'), content);
  writeFileSync(file, JSON.stringify(doc));
  writeAttachments(doc, dir, content);
  expect((await run('partner', 'export', file, '--partner', 'cutrofiano', '--out', join(dir, 'modulo.proposta-partner'))).code).toBe(0);
  const module = readJson<PartnerModule>(join(dir, 'modulo.proposta-partner'));
  const received = join(dir, 'ricevuta.proposta-partner');
  writeFileSync(received, JSON.stringify({ ...module, parti: { ...module.parti, ente: { ...module.parti.ente, pec: 'nuova@pec.comune.cutrofiano.le.it' } } }));
  expect((await run('partner', 'import', file, received, '--accetta-non-firmata')).code).toBe(0);
  const record = readJson<Proposal>(file).ente.scambi.find((s) => s.ente === 'cutrofiano')!;
  expect(record.risposta).toMatchObject({ unita: true, firma: 'assente' });
  const reply = replyFileName('cutrofiano', record.richiesta, false);
  mkdirSync(dirname(join(dir, reply)), { recursive: true });
  renameSync(received, join(dir, reply));
  return { dir, file, reply, module };
}

const motivi = async (pkg: string) => {
  const r = await run('verify', pkg, '--json');
  return { code: r.code, motivi: (JSON.parse(r.out) as PackageVerification).esito?.motivi ?? [] };
};

describe('merged replies in the package', () => {
  it('are packed and listed with their hash; verify checks them and names a tampered one', async () => {
    const { dir, file, reply } = await merged();
    expect((await run('validate', file)).code).toBe(0);
    const pkg = join(dir, 'pacchetto.zip');
    const made = await run('package', file, '--out', pkg, '--non-firmato');
    expect([made.code, made.err]).toEqual([0, '']);
    const x = mkdtempSync(join(dir, 'estratto-'));
    execFileSync('unzip', ['-q', pkg, '-d', x]);
    const bytes = readFileSync(join(dir, reply));
    expect(readFileSync(join(x, reply)).equals(bytes)).toBe(true);
    expect(readJson<PackageManifest>(join(x, 'manifest.json')).file).toContainEqual({ nome: reply, dimensione: bytes.length, sha256: sha(bytes) });
    const clean = await motivi(pkg);
    expect(clean.motivi.filter((m) => m.file === reply)).toEqual([]);

    writeFileSync(join(x, reply), bytes.toString('utf8').replace('nuova@pec', 'altra@pec'));
    const tampered = join(dir, 'alterato.zip');
    await rezip(x, tampered);
    const v = await motivi(tampered);
    expect(v.code).toBe(1);
    expect(v.motivi.filter((m) => m.codice === 'FILE_ALTERATO').map((m) => m.file)).toEqual([reply]);
  }, 180_000);

  it('a missing reply, or a file that is not the merged reply, stops the package with its code and is reported by validate; nothing written', async () => {
    const { dir, file, reply, module } = await merged();
    const pkg = join(dir, 'pacchetto.zip');
    const kept = readFileSync(join(dir, reply));
    renameSync(join(dir, reply), join(dir, 'altrove.proposta-partner'));
    const v = await run('validate', file, '--json');
    expect(v.code).toBe(1);
    expect((JSON.parse(v.out) as { problemi: Array<{ code: string; pointer: string }> }).problemi).toContainEqual(expect.objectContaining({ code: 'RISPOSTA_FILE_MANCANTE', pointer: '/ente/scambi/0/risposta' }));
    const refused = await run('package', file, '--out', pkg, '--non-firmato');
    expect([refused.code, refused.err]).toEqual([1, expect.stringContaining('[RISPOSTE_NON_DISPONIBILI]')]);
    expect(refused.err).toContain(reply);
    expect(existsSync(pkg)).toBe(false);

    // Another request's module in its place: not the merged reply.
    writeFileSync(join(dir, reply), JSON.stringify({ ...module, richiesta: '99999999-9999-4999-8999-999999999999' }));
    const other = await run('validate', file, '--json');
    expect((JSON.parse(other.out) as { problemi: Array<{ code: string }> }).problemi.map((i) => i.code)).toContain('RISPOSTA_FILE_DIVERSO');
    expect((await run('package', file, '--out', pkg, '--non-firmato')).code).toBe(1);
    expect(existsSync(pkg)).toBe(false);

    writeFileSync(join(dir, reply), kept);
    expect((await run('package', file, '--out', pkg, '--non-firmato')).code).toBe(0);
  }, 180_000);
});
