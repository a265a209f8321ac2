import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_NAMES, starterPath } from '../test/helpers/docs';
import { tempFolders } from '../test/helpers/temp';
import { main } from './main';

const DATE = ['--alla-data', '2026-11-26'];
const root = new URL('..', import.meta.url).pathname;
const tmp = tempFolders('cli');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('proposta validate', () => {
  it.each(STARTER_NAMES)('exits 0 on the starter %s', async (name) => {
    const r = await run('validate', starterPath(name), ...DATE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Esito: nessun errore');
  });

  it('prints JSON for machines', async () => {
    const r = await run('validate', starterPath('aggregazione'), '--json', ...DATE);
    const json = JSON.parse(r.out) as { valida: boolean; conteggi: { errore: number }; problemi: Array<{ code: string }> };
    expect(json.valida).toBe(true);
    expect(json.conteggi.errore).toBe(0);
  });

  const broken = new URL('../test/fixtures/broken/', import.meta.url).pathname;
  const expected = JSON.parse(readFileSync(join(broken, 'expected.json'), 'utf8')) as Record<string, string[]>;
  it.each(Object.entries(expected))('exits 1 on the broken fixture %s with its rule codes', async (file, codes) => {
    const r = await run('validate', join(broken, file), '--json', ...DATE);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.out) as { problemi: Array<{ code: string; severity: string }> }).problemi;
    // The broken fixtures carry no attachment files (what they break is the proposal itself), so the
    // files' own codes are reported beside the expected ones and left out of the comparison.
    const errors = found.filter((i) => i.severity === 'errore' && !i.code.startsWith('ALLEGATO_FILE_'));
    expect([...new Set(errors.map((i) => i.code))].sort()).toEqual([...codes].sort());
  });

  it('every broken fixture is listed with its expected codes', () => {
    expect(readdirSync(broken).filter((f) => f !== 'expected.json').sort()).toEqual(Object.keys(expected).sort());
  });

  it('exits 2 with a coded Italian message on unreadable input, and no stack trace', async () => {
    const dir = tmp();
    const bad = join(dir, 'rotto.proposta.json');
    writeFileSync(bad, '{"schemaVersion": 2, "id": ');
    const r = await run('validate', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain('[JSON_TRONCATO]');
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    const j = await run('validate', bad, '--json');
    expect(JSON.parse(j.out)).toMatchObject({ leggibile: false, errore: { code: 'JSON_TRONCATO' } });
  });

  it('exits 2 on misuse', async () => {
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', 'x', '--alla-data', 'ieri')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });
});

describe('proposta new and eligibility', () => {
  it('creates a proposal from each starter that validates, and never overwrites', async () => {
    const dir = tmp();
    for (const name of STARTER_NAMES) {
      const file = join(dir, `${name}.proposta.json`);
      expect((await run('new', file, '--starter', name)).code).toBe(0);
      expect((await run('validate', file)).code).toBe(0);
      const before = readFileSync(file, 'utf8');
      expect((await run('new', file, '--starter', name)).code).toBe(2);
      expect(readFileSync(file, 'utf8')).toBe(before);
    }
    const empty = join(dir, 'vuota.proposta.json');
    expect((await run('new', empty)).code).toBe(0);
    expect((await run('validate', empty)).code).toBe(1);
    expect((await run('new', join(dir, 'x.json'), '--starter', 'inesistente')).code).toBe(2);
  });

  it('reports eligibility with RCO14 = number of bodies', async () => {
    const r = await run('eligibility', starterPath('aggregazione'), '--json', ...DATE);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.out) as { eligible: boolean; rco14: number; enti: unknown[] };
    expect(rep.eligible).toBe(true);
    expect(rep.rco14).toBe(rep.enti.length);
    expect(rep.rco14).toBeGreaterThanOrEqual(3);
  });
});

describe('the installed bin', () => {
  it('runs through `npx proposta` as after `npm ci`', () => {
    const r = spawnSync('npx', ['--no-install', 'proposta', 'validate', starterPath('provincia'), ...DATE], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Esito: nessun errore');
  });
});
