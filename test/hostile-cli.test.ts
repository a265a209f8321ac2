// The command line against hostile or unlucky input: a FIFO, its own proposal as the output, a link,
// an existing file, absurd numbers, a full disk, a busy port. Each ends with a code and an exit
// status, never a hang, a stack trace or a changed file.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../cli/main';
import { edit, starter, starterPath } from './helpers/docs';
import { tempFolders } from './helpers/temp';

const root = new URL('..', import.meta.url).pathname;
const tmp = tempFolders('cli-ostile');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A folder with molfetta.proposta (the comune-singolo starter); its path. */
function proposalIn(dir = tmp()): string {
  const file = join(dir, 'molfetta.proposta');
  writeFileSync(file, readFileSync(starterPath('comune-singolo')));
  return file;
}

describe('files that are not files', () => {
  it('proposta validate refuses a FIFO named x.proposta at once (it used to wait forever)', () => {
    const fifo = join(tmp(), 'x.proposta');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = spawnSync(process.execPath, [join(root, 'bin/proposta.js'), 'validate', fifo], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('[FILE_NON_LEGGIBILE]');
  }, 90_000);

  it.each(['validate', 'eligibility', 'export'])('proposta %s refuses a folder, a device and a socket', async (command) => {
    const dir = tmp();
    const socketPath = join(dir, 'presa.proposta');
    const server = createServer().listen(socketPath);
    await new Promise((r) => server.once('listening', r));
    try {
      for (const target of [dir, '/dev/null', '/dev/zero', socketPath]) {
        const r = await run(command, target, ...(command === 'export' ? ['--pdf', join(dir, 'x.pdf')] : []));
        expect([r.code, r.err], target).toEqual([2, expect.stringContaining('[FILE_NON_LEGGIBILE]')]);
      }
    } finally {
      server.close();
    }
  });

  it('proposta verify refuses a FIFO named x.zip at once', async () => {
    const fifo = join(tmp(), 'x.zip');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = await run('verify', fifo);
    expect(r.code).toBe(2);
    expect(r.out).toContain('[PACCHETTO_ILLEGGIBILE]');
  });
});

describe('proposta export never replaces what it must not', () => {
  it('refuses its own proposal as the output, even with --sovrascrivi', async () => {
    const file = proposalIn();
    const before = readFileSync(file, 'utf8');
    for (const flags of [[], ['--sovrascrivi']]) {
      const r = await run('export', file, '--pdf', file, ...flags);
      expect(r.code).toBe(2);
      expect(r.err).toContain('[DESTINAZIONE_PROPOSTA]');
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('asks for --sovrascrivi before replacing an existing dossier', async () => {
    const file = proposalIn();
    const out = join(file, '..', 'dossier.docx');
    writeFileSync(out, 'dossier di ieri');
    const refused = await run('export', file, '--docx', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--sovrascrivi');
    expect(refused.err).toContain('[FILE_ESISTENTE]');
    expect(readFileSync(out, 'utf8')).toBe('dossier di ieri');
    expect((await run('export', file, '--docx', out, '--sovrascrivi')).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('never writes through a link, nor over a read-only file', async () => {
    const file = proposalIn();
    const elsewhere = join(tmp(), 'altrove.pdf');
    writeFileSync(elsewhere, 'altrove');
    symlinkSync(elsewhere, join(file, '..', 'dossier.pdf'));
    const linked = await run('export', file, '--pdf', join(file, '..', 'dossier.pdf'), '--sovrascrivi');
    expect([linked.code, linked.err]).toEqual([2, expect.stringContaining('[DESTINAZIONE_COLLEGAMENTO]')]);
    expect(readFileSync(elsewhere, 'utf8')).toBe('altrove');
    const locked = join(file, '..', 'bloccato.pdf');
    writeFileSync(locked, 'bloccato');
    chmodSync(locked, 0o444);
    const ro = await run('export', file, '--pdf', locked, '--sovrascrivi');
    expect([ro.code, ro.err]).toEqual([2, expect.stringContaining('[FILE_SOLA_LETTURA]')]);
  });

  it('proposta package asks for --sovrascrivi and never writes over the proposal', async () => {
    const file = proposalIn();
    const before = readFileSync(file, 'utf8');
    const r = await run('package', file, '--out', file, '--non-firmato', '--sovrascrivi');
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('[DESTINAZIONE_PROPOSTA]')]);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('absurd numbers (1e308)', () => {
  const absurd = edit(starter('comune-singolo'), (d) => {
    d.ente.capofila.popolazione.valore = 1e308;
    for (const v of d.budget.voci) v.importoNetto = 1e308;
  });

  it.each([
    ['validate', []],
    ['validate', ['--json']],
    ['eligibility', []],
    ['export', ['--pdf', 'x.pdf']],
  ])('proposta %s %j: exit 1, the fields named, never Infinity or NaN, never "può partecipare"', async (command, flags) => {
    const dir = tmp();
    const file = join(dir, 'assurda.proposta');
    writeFileSync(file, JSON.stringify(absurd));
    const r = await run(command, file, ...flags.map((f) => (f.endsWith('.pdf') ? join(dir, f) : f)));
    expect(r.code).toBe(1);
    const all = `${r.out}\n${r.err}`;
    expect(all).toContain('NUMERO_FUORI_SCALA');
    expect(all).not.toMatch(/Infinity|NaN|può partecipare/);
    expect(readdirSync(dir)).toEqual(['assurda.proposta']);
  });
});

/** A tmpfs of 2 MB mounted in a private user and mount namespace (no privilege needed where user namespaces are on). */
function canMountTmpfs(): boolean {
  const dir = tmp();
  const r = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=64k none "${dir}"`], { encoding: 'utf8' });
  return r.status === 0;
}

describe('a really full disk', () => {
  it.runIf(canMountTmpfs())('proposta export --sovrascrivi says DISCO_PIENO and leaves the previous dossier byte for byte, with no temporary file', () => {
    const base = tmp();
    const disk = join(base, 'disco');
    mkdirSync(disk);
    const script = [
      'set -e',
      `mount -t tmpfs -o size=2m none "${disk}"`,
      `cp "${starterPath('comune-singolo')}" "${disk}/molfetta.proposta"`,
      `printf '%%PDF-1.7\\n%% il dossier di ieri, completo\\n%%%%EOF\\n' > "${disk}/dossier.pdf"`,
      `sha256sum "${disk}/dossier.pdf" | cut -c1-64`,
      `dd if=/dev/zero of="${disk}/riempitivo" bs=4k 2>/dev/null || true`,
      `set +e; "${process.execPath}" "${root}/bin/proposta.js" export "${disk}/molfetta.proposta" --pdf "${disk}/dossier.pdf" --sovrascrivi; echo "uscita=$?"; set -e`,
      `sha256sum "${disk}/dossier.pdf" | cut -c1-64`,
      `ls -A "${disk}"`,
    ].join('\n');
    const r = spawnSync('unshare', ['-rm', 'sh', '-c', script], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    const lines = r.stdout.trim().split('\n');
    expect(r.stderr).toContain('[DISCO_PIENO]');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(lines).toContain('uscita=2');
    expect(lines[0]).toMatch(/^[0-9a-f]{64}$/);
    const after = lines[lines.indexOf('uscita=2') + 1];
    expect(after).toBe(lines[0]);
    expect(lines.slice(lines.indexOf('uscita=2') + 2).sort()).toEqual(['dossier.pdf', 'molfetta.proposta', 'riempitivo']);
    rmdirSync(disk);
  }, 150_000);
});

describe('proposta serve', () => {
  it('says in Italian that the port is busy, without a stack trace', async () => {
    const busy = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => busy.once('listening', r));
    const port = (busy.address() as AddressInfo).port;
    try {
      const dir = tmp();
      const r = await run('serve', '--cartella', dir, '--porta', String(port), '--dati', join(dir, 'dati'));
      expect(r.code).toBe(2);
      expect(r.err).toContain(`La porta ${port} è già usata`);
      expect(r.err).toContain('[PORTA_NON_DISPONIBILE]');
      expect(r.err).not.toMatch(/EADDRINUSE|\n\s+at /);
    } finally {
      busy.close();
    }
  }, 120_000);
});
