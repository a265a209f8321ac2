// The package's zip (written through the careful writer) and the one-read digest of attachments,
// checked with other readers: Info-ZIP's unzip, yauzl (through the verifier's extractZip), sha256sum
// and zlib's CRC-32.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BLOCK, digestFile } from './digest';
import { extractZip } from './zip-read';
import { writeStoredZip, type StoreEntry } from './zip-store';

const dir = mkdtempSync(join(tmpdir(), 'proposta-zip-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes that do not compress (a stand-in for a scanned PDF). */
function noise(size: number, seed: number): Buffer {
  const b = Buffer.alloc(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

describe('digestFile', () => {
  // The last size is past 32 MiB: its CRC-32 is computed by a worker thread beside the SHA-256.
  it.each([0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK + 7, 9 * BLOCK + 3])('gives the size, SHA-256 and CRC-32 of a file of %i bytes in one read', async (size) => {
    const file = join(dir, `digest-${size}.bin`);
    const data = noise(size, size + 1);
    writeFileSync(file, data);
    const d = await digestFile(file);
    expect(d.size).toBe(size);
    expect(d.sha256).toBe(execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]);
    expect(d.crc32).toBe(crc32(data));
  });

  it('refuses a missing file with the error of the file system', async () => {
    await expect(digestFile(join(dir, 'manca.pdf'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('writeStoredZip', () => {
  const text = Buffer.from(`{"titolo": "${'Fascicolo digitale '.repeat(500)}"}`);
  const pdf = noise(3 * BLOCK + 123, 7);
  const csv = Buffer.from('nome;valore\n'.repeat(50_000));
  const attachment = join(dir, 'allegato.pdf');
  const table = join(dir, 'tabella.csv');
  writeFileSync(attachment, pdf);
  writeFileSync(table, csv);
  const entries = async (): Promise<StoreEntry[]> => [
    { name: 'proposal.json', source: { kind: 'bytes', data: text } },
    { name: 'dossier.pdf', source: { kind: 'bytes', data: pdf.subarray(0, 1000) } },
    { name: 'allegati/allegato.pdf', source: { kind: 'file', path: attachment, size: pdf.length, crc32: (await digestFile(attachment)).crc32 } },
    { name: 'allegati/sottocartella/àccentata.pdf', source: { kind: 'file', path: attachment, size: pdf.length, crc32: crc32(pdf) } },
    { name: 'allegati/tabella.csv', source: { kind: 'file', path: table, size: csv.length, crc32: crc32(csv) } },
    { name: 'SHA256SUMS', source: { kind: 'bytes', data: Buffer.from('') } },
  ];

  it("writes a zip that unzip tests clean and extracts byte for byte; the package's text deflated, the rest stored", async () => {
    const zip = join(dir, 'pacchetto.zip');
    await writeStoredZip(zip, await entries());
    const listing = execFileSync('unzip', ['-v', zip], { encoding: 'utf8' });
    expect(listing).toMatch(/Stored\s.*allegati\/allegato\.pdf/);
    expect(listing).toMatch(/Stored\s.*dossier\.pdf/);
    expect(listing).toMatch(/Stored\s.*allegati\/tabella\.csv/);
    expect(listing).toMatch(/Defl:N\s.*proposal\.json/);
    expect(spawnSync('unzip', ['-tq', zip], { encoding: 'utf8' }).stdout).toContain('No errors detected');
    const out = mkdtempSync(join(dir, 'estratto-'));
    const x = await extractZip(zip, out);
    if (!x.ok) throw new Error(x.problem.code);
    expect(x.entries.map((e) => e.name)).toEqual((await entries()).map((e) => e.name));
    expect(readFileSync(join(out, 'allegati/allegato.pdf')).equals(pdf)).toBe(true);
    expect(readFileSync(join(out, 'allegati/sottocartella/àccentata.pdf')).equals(pdf)).toBe(true);
    expect(readFileSync(join(out, 'allegati/tabella.csv')).equals(csv)).toBe(true);
    expect(readFileSync(join(out, 'proposal.json')).equals(text)).toBe(true);
  });

  it('gives the same bytes for the same entries', async () => {
    const [a, b] = [join(dir, 'a.zip'), join(dir, 'b.zip')];
    await writeStoredZip(a, await entries());
    await writeStoredZip(b, await entries());
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  // An attachment read for its digest, then changed before its copy: every way ends with its code and
  // no file (not even a temporary one) is left. The large file's CRC-32 is checked on another core.
  it.each([
    ['shrank', (f: string) => truncateSync(f, 10)],
    ['grew', (f: string) => appendFileSync(f, 'x')],
    ['changed a byte, same size', (f: string) => {
      const b = readFileSync(f);
      const i = b.length >> 1;
      b.writeUInt8((b.readUInt8(i) ^ 1), i);
      writeFileSync(f, b);
    }],
    ['vanished', (f: string) => rmSync(f)],
  ] as const)('stops with ALLEGATO_MODIFICATO when an attachment %s after its digest', async (how, change) => {
    for (const size of [pdf.length, 9 * BLOCK]) {
      const file = join(dir, `cambia-${size}.pdf`);
      writeFileSync(file, size === pdf.length ? pdf : noise(size, 3));
      const d = await digestFile(file);
      change(file);
      const out = join(dir, `rotto-${size}.zip`);
      await expect(writeStoredZip(out, [{ name: `allegati/cambia-${size}.pdf`, source: { kind: 'file', path: file, size: d.size, crc32: d.crc32 } }]), how).rejects.toMatchObject({
        code: 'ALLEGATO_MODIFICATO',
        message: expect.stringContaining(`cambia-${size}.pdf`),
      });
      expect(readdirSync(dir).filter((f) => f.includes(`rotto-${size}.zip`))).toEqual([]);
      rmSync(file, { force: true });
    }
  });
});
