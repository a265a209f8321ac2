import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './save';

const enc = (s: string) => new TextEncoder().encode(s);
const tmp = () => mkdtempSync(join(tmpdir(), 'proposta-save-'));

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file', async () => {
    const dir = tmp();
    const path = join(dir, 'a.proposta.json');
    expect(await writeFileAtomic(path, enc('uno'))).toEqual({ ok: true, bytes: 3 });
    expect(readFileSync(path, 'utf8')).toBe('uno');
    expect(readdirSync(dir)).toEqual(['a.proposta.json']);
  });

  it('keeps the previous version as .bak', async () => {
    const dir = tmp();
    const path = join(dir, 'a.proposta.json');
    await writeFileAtomic(path, enc('uno'));
    await writeFileAtomic(path, enc('due'));
    expect(readFileSync(path, 'utf8')).toBe('due');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('uno');
    expect(readdirSync(dir).sort()).toEqual(['a.proposta.json', 'a.proposta.json.bak']);
  });

  it('changes nothing when the folder is not writable', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions: use a folder that does not exist instead.
      const r = await writeFileAtomic(join(tmp(), 'missing', 'a.json'), enc('x'));
      expect(r.ok).toBe(false);
      return;
    }
    const dir = tmp();
    const path = join(dir, 'a.proposta.json');
    writeFileSync(path, 'vecchio');
    chmodSync(dir, 0o500);
    const r = await writeFileAtomic(path, enc('nuovo'));
    chmodSync(dir, 0o700);
    expect(r).toMatchObject({ ok: false, error: { code: 'CARTELLA_NON_SCRIVIBILE' } });
    expect(readFileSync(path, 'utf8')).toBe('vecchio');
  });

  it('reports a failure with a code when the target is a folder, and removes its temporary file', async () => {
    const dir = tmp();
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    const r = await writeFileAtomic(sub, enc('x'));
    expect(r).toMatchObject({ ok: false, error: { code: 'SALVATAGGIO_FALLITO' } });
    expect(readdirSync(dir)).toEqual(['sub']);
  });
});
