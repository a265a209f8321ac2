import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errno, tempFolders } from '../../test/helpers/temp';
import { writeCarefully, type WritePolicy } from './careful-write';
import { nodeEffects, type FileEffects } from './effects';
import { inspectExisting } from './stamp';

const tmp = tempFolders('scrittura');
const enc = (s: string) => new TextEncoder().encode(s);
const code = (r: Awaited<ReturnType<typeof writeCarefully>>) => (r.ok ? 'ok' : r.error.code);
const asRoot = process.getuid?.() === 0;
const REPLACE: WritePolicy = { confirmed: true };

/** A folder with `a.proposta` holding `content`; the path. */
function existing(content = 'vecchio', mode = 0o644): string {
  const path = join(tmp(), 'a.proposta');
  writeFileSync(path, content, { mode });
  chmodSync(path, mode);
  return path;
}

async function stampOf(path: string) {
  const e = await inspectExisting(path);
  if (e.kind !== 'file' || !e.stamp) throw new Error('non è un file');
  return e.stamp;
}

describe('writeCarefully: atomic', () => {
  it('writes a new file and leaves no temporary file', async () => {
    const dir = tmp();
    const path = join(dir, 'a.proposta');
    const r = await writeCarefully(path, enc('uno'), { confirmed: false });
    expect(r).toMatchObject({ ok: true, bytes: 3, stamp: { size: 3 } });
    expect(readFileSync(path, 'utf8')).toBe('uno');
    expect(readdirSync(dir)).toEqual(['a.proposta']);
  });

  it('keeps the previous version as .bak, flushed, and follows the protocol: tmp, fsync, .bak, rename, fsync of the folder', async () => {
    const path = existing('uno');
    const calls: string[] = [];
    const fx: FileEffects = {
      ...nodeEffects,
      async create(p, m) {
        const f = await nodeEffects.create(p, m);
        calls.push(`create ${p.endsWith('.bak.tmp') ? 'bak.tmp' : 'tmp'}`);
        return { ...f, sync: async () => { calls.push('fsync tmp'); await f.sync(); } };
      },
      syncFile: async (p) => { calls.push(`fsync ${p === path ? 'originale' : p}`); await nodeEffects.syncFile(p); },
      link: async (a, b) => { calls.push('link originale → bak.tmp'); await nodeEffects.link(a, b); },
      rename: async (a, b) => { calls.push(`rename ${a.endsWith('.bak.tmp') ? 'bak.tmp' : 'tmp'} → ${b === path ? 'file' : '.bak'}`); await nodeEffects.rename(a, b); },
      syncDir: async (d) => { calls.push('fsync cartella'); await nodeEffects.syncDir(d); },
    };
    expect(code(await writeCarefully(path, enc('due'), { ...REPLACE, backup: true }, fx))).toBe('ok');
    expect(readFileSync(path, 'utf8')).toBe('due');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('uno');
    expect(calls).toEqual(['create tmp', 'fsync tmp', 'fsync originale', 'link originale → bak.tmp', 'rename bak.tmp → .bak', 'rename tmp → file', 'fsync cartella']);
  });

  it('makes the .bak by a flushed copy with the same permissions where hard links are impossible', async () => {
    const path = existing('uno', 0o600);
    const fx: FileEffects = { ...nodeEffects, link: async () => { throw errno('EPERM'); } };
    expect(code(await writeCarefully(path, enc('due'), { ...REPLACE, backup: true }, fx))).toBe('ok');
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('uno');
    expect(statSync(`${path}.bak`).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(path, '..')).sort()).toEqual(['a.proposta', 'a.proposta.bak']);
  });

  it.each([
    ['a full disk while writing', 'create', 'DISCO_PIENO'],
    ['a full disk at fsync', 'sync', 'DISCO_PIENO'],
    ['a failed rename', 'rename', 'SALVATAGGIO_FALLITO'],
    ['a quota exceeded', 'quota', 'DISCO_PIENO'],
  ])('leaves the old file, its .bak and no temporary file after %s', async (_what, where, expected) => {
    const path = existing('vecchio');
    writeFileSync(`${path}.bak`, 'più vecchio');
    const fx: FileEffects = {
      ...nodeEffects,
      async create(p, m) {
        const f = await nodeEffects.create(p, m);
        return {
          ...f,
          // Half of the data reaches the disk, then the disk is full: the temporary file is truncated.
          write: async (chunk) => {
            if (where !== 'create' && where !== 'quota') return f.write(chunk);
            await f.write(chunk.subarray(0, chunk.byteLength >> 1));
            throw errno(where === 'quota' ? 'EDQUOT' : 'ENOSPC');
          },
          sync: async () => { if (where === 'sync') throw errno('ENOSPC'); await f.sync(); },
        };
      },
      rename: async (a, b) => { if (where === 'rename' && b === path) throw errno('EIO'); await nodeEffects.rename(a, b); },
    };
    const r = await writeCarefully(path, enc('x'.repeat(100_000)), { ...REPLACE, backup: true }, fx);
    expect(code(r)).toBe(expected);
    expect(readFileSync(path, 'utf8')).toBe('vecchio');
    expect(readdirSync(join(path, '..')).sort()).toEqual(['a.proposta', 'a.proposta.bak']);
  });

  it('removes the temporary files of interrupted writes of the same file, and only those of dead processes', async () => {
    const path = existing();
    const dir = join(path, '..');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const leftovers = [`.a.proposta.${dead}-0123456789ab.tmp`, `.a.proposta.${dead}-0123456789ab.bak.tmp`];
    const kept = ['.a.proposta.1-0123456789ab.tmp', `.altro.proposta.${dead}-0123456789ab.tmp`, 'a.proposta.tmp'];
    for (const n of [...leftovers, ...kept]) writeFileSync(join(dir, n), 'mezzo');
    expect(code(await writeCarefully(path, enc('nuovo'), REPLACE))).toBe('ok');
    expect(readdirSync(dir).sort()).toEqual(['a.proposta', ...kept].sort());
  });
});

describe('writeCarefully: what it replaces', () => {
  it('keeps the permissions of the file it replaces: a private file stays private', async () => {
    const path = existing('segreto', 0o600);
    expect(code(await writeCarefully(path, enc('nuovo segreto'), { ...REPLACE, backup: true }))).toBe('ok');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(`${path}.bak`).mode & 0o777).toBe(0o600);
  });

  it.runIf(asRoot)('keeps the owner of the file it replaces (root can give it back)', async () => {
    const path = existing('di un altro utente', 0o640);
    chownSync(path, 4321, 4321);
    expect(code(await writeCarefully(path, enc('nuovo'), REPLACE))).toBe('ok');
    expect([statSync(path).uid, statSync(path).gid, statSync(path).mode & 0o777]).toEqual([4321, 4321, 0o640]);
  });

  it('refuses a read-only file, even when confirmed', async () => {
    const path = existing('protetto', 0o444);
    expect(code(await writeCarefully(path, enc('nuovo'), REPLACE))).toBe('FILE_SOLA_LETTURA');
    expect(readFileSync(path, 'utf8')).toBe('protetto');
  });

  it('never writes through a link, dangling or not, and never copies its target into the .bak', async () => {
    const dir = tmp();
    const outside = join(tmp(), 'fuori.proposta');
    writeFileSync(outside, 'fuori');
    symlinkSync(outside, join(dir, 'collegato.proposta'));
    symlinkSync(join(dir, 'nessuno'), join(dir, 'pendente.proposta'));
    for (const name of ['collegato.proposta', 'pendente.proposta']) {
      expect(code(await writeCarefully(join(dir, name), enc('nuovo'), { ...REPLACE, backup: true }))).toBe('DESTINAZIONE_COLLEGAMENTO');
    }
    expect(readFileSync(outside, 'utf8')).toBe('fuori');
    expect(readdirSync(dir).sort()).toEqual(['collegato.proposta', 'pendente.proposta']);
  });

  it('refuses a folder and a FIFO without opening it (a FIFO would block)', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'cartella.pdf'));
    expect(spawnSync('mkfifo', [join(dir, 'tubo.pdf')]).status).toBe(0);
    expect(code(await writeCarefully(join(dir, 'cartella.pdf'), enc('x'), REPLACE))).toBe('DESTINAZIONE_NON_FILE');
    expect(code(await writeCarefully(join(dir, 'tubo.pdf'), enc('x'), REPLACE))).toBe('DESTINAZIONE_NON_FILE');
    expect(readdirSync(dir).sort()).toEqual(['cartella.pdf', 'tubo.pdf']);
  });

  it('asks before replacing an existing file it did not read, and replaces it once confirmed', async () => {
    const path = existing('di prima');
    expect(code(await writeCarefully(path, enc('nuovo'), { confirmed: false }))).toBe('FILE_ESISTENTE');
    expect(readFileSync(path, 'utf8')).toBe('di prima');
    expect(code(await writeCarefully(path, enc('nuovo'), REPLACE))).toBe('ok');
    expect(readFileSync(path, 'utf8')).toBe('nuovo');
  });

  it('replaces the file it read when nobody changed it, even if its time changed', async () => {
    const path = existing('letto');
    const expected = await stampOf(path);
    utimesSync(path, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(code(await writeCarefully(path, enc('salvato'), { confirmed: false, expected }))).toBe('ok');
  });

  it.each([
    ['with a different size', 'cambiato da un altro programma'],
    ['with the same size and time', 'LETTO'],
  ])('notices another program changed the file since it was read (%s)', async (_what, other) => {
    const path = existing('letto');
    const expected = await stampOf(path);
    const { mtime } = statSync(path);
    writeFileSync(path, other);
    utimesSync(path, mtime, mtime);
    expect(code(await writeCarefully(path, enc('mio'), { confirmed: false, expected }))).toBe('FILE_MODIFICATO_ESTERNAMENTE');
    expect(readFileSync(path, 'utf8')).toBe(other);
    expect(code(await writeCarefully(path, enc('mio'), { confirmed: true, expected }))).toBe('ok');
  });

  it('never replaces a proposal of a newer format, even when confirmed', async () => {
    const path = existing(JSON.stringify({ schemaVersion: 99, id: 'futuro' }));
    expect(code(await writeCarefully(path, enc('{}'), REPLACE))).toBe('FILE_VERSIONE_PIU_RECENTE');
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(99);
  });

  it('never replaces a proposal with an output, nor a forbidden file under another name', async () => {
    const path = existing(JSON.stringify({ schemaVersion: 2, id: 'mia' }));
    expect(code(await writeCarefully(path, enc('%PDF'), { confirmed: true, notAProposal: true }))).toBe('DESTINAZIONE_PROPOSTA');
    const other = join(path, '..', 'allegato.pdf');
    writeFileSync(other, '%PDF allegato');
    const alias = join(path, '..', 'stesso.pdf');
    linkSync(other, alias);
    const { dev, ino } = statSync(other);
    expect(code(await writeCarefully(alias, enc('%PDF'), { confirmed: true, notAProposal: true, forbidden: [{ dev, ino }] }))).toBe('DESTINAZIONE_FILE_USATO');
    expect(readFileSync(other, 'utf8')).toBe('%PDF allegato');
  });
});
