// The README's first steps, as a newcomer types them: a proposal from a starter validates, packages and
// verifies as it is, because the starter's example attachments come with it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starter } from '../test/helpers/docs';
import { tempFolders } from '../test/helpers/temp';
import { main } from './main';

const temp = tempFolders('cli-readme');

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => out.push(l) });
  return { code, out: out.join('\n') };
}

describe('the README flow', () => {
  it.each(['comune-singolo', 'aggregazione', 'provincia'] as const)('new, validate, package and verify agree for %s', async (name) => {
    const dir = temp();
    const file = join(dir, 'mia.proposta');
    expect((await run('new', file, '--starter', name)).code).toBe(0);
    for (const a of starter(name).allegati.elenco) expect(existsSync(join(dir, a.nomeFile))).toBe(true);
    expect((await run('validate', file, '--alla-data', '2026-11-26')).code).toBe(0);
    // package takes no --alla-data (an option it would ignore is refused); unsigned must be asked for.
    expect((await run('package', file, '--out', join(dir, 'p.zip'), '--alla-data', '2026-11-26')).code).toBe(2);
    const made = await run('package', file, '--out', join(dir, 'p.zip'), '--non-firmato');
    expect([made.code, made.out]).toEqual([0, expect.stringContaining('Pacchetto creato')]);
    // Each attachment once, under allegati/ as declared (it used to be allegati/allegati/…), read by Info-ZIP.
    const entries = spawnSync('unzip', ['-Z1', join(dir, 'p.zip')], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    const declared = starter(name).allegati.elenco.map((a) => a.nomeFile);
    expect(declared.every((f) => f.startsWith('allegati/'))).toBe(true);
    expect(entries.filter((e) => e.startsWith('allegati/')).sort()).toEqual([...declared].sort());
    // Intact but unsigned: exit 3, never 0.
    expect((await run('verify', join(dir, 'p.zip'))).code).toBe(3);
  }, 120_000);
});
