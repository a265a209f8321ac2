import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gigabyteOfZerosDeflated, rawZip, type RawEntry } from '../../test/helpers/raw-zip';
import { extractZip } from './zip-read';

const work = mkdtempSync(join(tmpdir(), 'proposta-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function extract(name: string, bytes: Buffer) {
  const zip = join(work, `${name}.zip`);
  writeFileSync(zip, bytes);
  const dest = mkdtempSync(join(work, `${name}-out-`));
  const r = await extractZip(zip, dest);
  return { r, dest, code: r.ok ? 'ok' : r.problem.code };
}

const file = (name: string, text = 'contenuto'): RawEntry => ({ name, data: Buffer.from(text) });

describe('extractZip on hostile packages', () => {
  it('extracts a normal package and hashes every file', async () => {
    const { r } = await extract('normale', rawZip([file('manifest.json', '{}'), file('allegati/a.pdf', 'pdf')]));
    expect(r.ok && r.entries.map((e) => [e.name, e.size])).toEqual([['manifest.json', 2], ['allegati/a.pdf', 3]]);
  });

  it.each([
    ['relative', '../fuori.txt'],
    ['nested relative', 'allegati/../../fuori.txt'],
    ['absolute', '/etc/proposta.txt'],
    ['backslash', '..\\fuori.txt'],
  ])('refuses a %s name without writing outside its folder', async (_k, name) => {
    const { code, dest } = await extract(`nome-${_k.replace(' ', '-')}`, rawZip([file('ok.txt'), file(name)]));
    expect(code).toBe('PACCHETTO_NOME_NON_SICURO');
    expect(existsSync(join(dest, '..', 'fuori.txt'))).toBe(false);
    expect(existsSync(join(work, 'fuori.txt'))).toBe(false);
  });

  it('refuses symbolic links', async () => {
    expect((await extract('link', rawZip([{ name: 'dossier.pdf', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }]))).code).toBe('PACCHETTO_COLLEGAMENTO');
  });

  it('refuses duplicate names', async () => {
    expect((await extract('doppio', rawZip([file('manifest.json'), file('MANIFEST.json')]))).code).toBe('PACCHETTO_NOME_DUPLICATO');
  });

  it('refuses 10,000 entries before extracting any', async () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => file(`f${i}.txt`, 'x'));
    const { code, dest } = await extract('diecimila', rawZip(entries));
    expect(code).toBe('PACCHETTO_TROPPI_FILE');
    expect(readdirSync(dest)).toEqual([]);
  });

  it('refuses a decompression bomb (1 GB from a 1 MB file) without inflating it', async () => {
    const deflated = await gigabyteOfZerosDeflated();
    const bomb = rawZip([{ name: 'dossier.pdf', data: Buffer.alloc(0), deflated, declaredSize: 1024 ** 3, crc: 0 }]);
    expect(bomb.length).toBeLessThan(2 * 1024 ** 2);
    const before = process.memoryUsage().rss;
    const { code, dest } = await extract('bomba', bomb);
    expect(code).toBe('PACCHETTO_BOMBA');
    expect(readdirSync(dest)).toEqual([]);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 ** 2);
  }, 60_000);

  it('refuses many small entries that together expand anomalously', async () => {
    const zeros = Buffer.alloc(1024 ** 2 - 1);
    const entries = Array.from({ length: 200 }, (_, i): RawEntry => ({ name: `f${i}.bin`, data: zeros, deflate: true }));
    expect((await extract('tante-piccole', rawZip(entries))).code).toBe('PACCHETTO_BOMBA');
  });

  it('refuses an entry whose real size differs from its header', async () => {
    const lie = rawZip([{ name: 'dossier.pdf', data: Buffer.alloc(2 * 1024 ** 2, 7), deflate: true, declaredSize: 1000 }]);
    const { code } = await extract('menzogna', lie);
    expect(code).toBe('PACCHETTO_ILLEGGIBILE');
  });

  it('says a truncated file or a non-ZIP is unreadable', async () => {
    const good = rawZip([file('manifest.json', '{}')]);
    expect((await extract('troncato', good.subarray(0, good.length - 10))).code).toBe('PACCHETTO_ILLEGGIBILE');
    expect((await extract('testo', Buffer.from('non sono uno zip'))).code).toBe('PACCHETTO_ILLEGGIBILE');
  });
});

describe('extractZip never leaves work running', () => {
  it('refuses a lying entry deep in a folder tree 50 times concurrently, each returning only when nothing of it runs', async () => {
    const entry = `${'sotto/'.repeat(120)}dossier.pdf`;
    const lie = rawZip([file('manifest.json', '{}'), { name: entry, data: Buffer.alloc(2 * 1024 ** 2, 7), deflate: true, declaredSize: 1000 }]);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => extract(`profonda-${i}`, lie)));
    for (const { code, dest } of results) {
      expect(code).toBe('PACCHETTO_ILLEGGIBILE');
      // The caller removes its folder at once: nothing may still be writing into it.
      rmSync(dest, { recursive: true });
      expect(existsSync(dest)).toBe(false);
    }
  }, 120_000);

  it('refuses what is not a regular file without opening it', async () => {
    const dest = mkdtempSync(join(work, 'cartella-out-'));
    expect(await extractZip(work, dest)).toMatchObject({ ok: false, problem: { code: 'PACCHETTO_ILLEGGIBILE' } });
    expect(await extractZip('/dev/zero', dest)).toMatchObject({ ok: false, problem: { code: 'PACCHETTO_ILLEGGIBILE' } });
  });
});
