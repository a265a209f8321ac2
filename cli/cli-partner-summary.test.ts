import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterPath } from '../test/helpers/docs';
import { tempFolders } from '../test/helpers/temp';
import { main } from './main';

const tmp = tempFolders('cli-riepilogo');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function lead(): { dir: string; file: string } {
  const dir = tmp();
  const file = join(dir, 'aggregazione.proposta.json');
  copyFileSync(starterPath('aggregazione'), file);
  return { dir, file };
}

describe('proposta partner riepilogo', () => {
  it('writes the one-page summary from the proposal and from the module, and never replaces a file unasked', async () => {
    const { dir, file } = lead();
    const out = join(dir, 'riepilogo.pdf');
    expect((await run('partner', 'riepilogo', file, '--partner', 'soleto', '--out', out)).code).toBe(0);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('Comune di Soleto');

    writeFileSync(out, 'mio');
    const again = await run('partner', 'riepilogo', file, '--partner', 'soleto', '--out', out);
    expect([again.code, again.err]).toEqual([2, expect.stringContaining('[FILE_ESISTENTE]')]);
    expect(readFileSync(out, 'utf8')).toBe('mio');
    expect((await run('partner', 'riepilogo', file, '--partner', 'soleto', '--out', out, '--sovrascrivi')).code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');

    expect((await run('partner', 'export', file, '--partner', 'cutrofiano', '--out', join(dir, 'c.proposta-partner'))).code).toBe(0);
    const fromModule = join(dir, 'dal-modulo.pdf');
    expect((await run('partner', 'riepilogo', join(dir, 'c.proposta-partner'), '--out', fromModule)).code).toBe(0);
    expect(execFileSync('pdftotext', [fromModule, '-'], { encoding: 'utf8' })).toContain('Comune di Cutrofiano');
  });

  it('refuses unknown options and missing arguments with the usage (exit 2), an unknown partner with its code (exit 1)', async () => {
    const { dir, file } = lead();
    const out = join(dir, 'r.pdf');
    const bad = await run('partner', 'riepilogo', file, '--partner', 'soleto', '--out', out, '--tutti');
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('partner riepilogo')]);
    expect((await run('partner', 'riepilogo', file, '--partner', 'soleto', '--out', out, '--formato', 'x')).code).toBe(2);
    expect((await run('partner', 'riepilogo', file, '--partner', 'soleto')).code).toBe(2);
    const unknown = await run('partner', 'riepilogo', file, '--partner', 'nessuno', '--out', out);
    expect([unknown.code, unknown.err]).toEqual([1, expect.stringContaining('[PARTNER_SCONOSCIUTO]')]);
    expect(existsSync(out)).toBe(false);
  });
});
