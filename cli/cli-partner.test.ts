import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyFileName, type PartnerModule, type Proposal } from '../core';
import { starterPath } from '../test/helpers/docs';
import { tempFolders } from '../test/helpers/temp';
import { signCadesEnveloping } from '../services/sign/p7m';
import { createTestPki, signerFromFiles, type TestPki } from '../services/sign/test-support/certs';
import { main } from './main';

const root = new URL('..', import.meta.url).pathname;
const tmp = tempFolders('cli-partner');
const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

/** The real command, as a process. */
function proposta(...argv: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin/proposta.js'), ...argv], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A folder with the aggregation starter and a module sent to every partner. */
async function sent(): Promise<{ dir: string; file: string; module: (id: string) => PartnerModule }> {
  const dir = tmp();
  const file = join(dir, 'aggregazione.proposta.json');
  copyFileSync(starterPath('aggregazione'), file);
  const r = await run('partner', 'export', file, '--tutti', '--cartella', dir, '--entro', '2026-12-10');
  expect(r.code).toBe(0);
  return { dir, file, module: (id) => readJson<PartnerModule>(join(dir, `${id}.proposta-partner`)) };
}

function writeReply(dir: string, m: PartnerModule, fn: (m: PartnerModule) => void, name = 'risposta.proposta-partner'): string {
  fn(m);
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(m));
  return p;
}

describe('proposta partner (the real command, as a process)', () => {
  it('round trip: modules for three Comuni, one reply merged, one in conflict until --risolvi, one pending', () => {
    const dir = tmp();
    const file = join(dir, 'p.proposta.json');
    copyFileSync(starterPath('aggregazione'), file);
    expect(proposta('partner', 'export', file, '--tutti', '--cartella', dir).code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.proposta-partner')).sort()).toEqual(['cutrofiano.proposta-partner', 'sogliano-cavour.proposta-partner', 'soleto.proposta-partner']);
    const soleto = writeReply(dir, readJson(join(dir, 'soleto.proposta-partner')), (m) => { m.parti.ente.pec = 'nuova@pec.comune.soleto.le.it'; }, 'soleto-risposta.proposta-partner');
    expect(proposta('partner', 'import', file, soleto, '--accetta-non-firmata').code).toBe(0);
    // The lead changes Cutrofiano's PEC meanwhile; Cutrofiano changes it too: a conflict.
    const doc = readJson<Proposal>(file);
    doc.ente.partner[0]!.pec = 'capofila-dice@pec.it';
    writeFileSync(file, JSON.stringify(doc));
    const cutro = writeReply(dir, readJson(join(dir, 'cutrofiano.proposta-partner')), (m) => { m.parti.ente.pec = 'comune-dice@pec.it'; }, 'cutro-risposta.proposta-partner');
    const before = readFileSync(file);
    const conflict = proposta('partner', 'import', file, cutro, '--accetta-non-firmata', '--json');
    expect(conflict.code).toBe(1);
    expect(JSON.parse(conflict.out)).toMatchObject({ esito: 'conflitti', conflitti: [{ campo: '/ente/pec', mio: 'capofila-dice@pec.it', loro: 'comune-dice@pec.it' }] });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(proposta('partner', 'import', file, cutro, '--accetta-non-firmata', '--risolvi', 'loro').code).toBe(0);
    expect(readJson<Proposal>(file).ente.partner[0]!.pec).toBe('comune-dice@pec.it');
    const status = proposta('partner', 'status', file, '--json');
    expect(status.code).toBe(0);
    expect((JSON.parse(status.out) as Array<{ partner: string; stato: string }>).map((s) => [s.partner, s.stato])).toEqual([['cutrofiano', 'unita'], ['soleto', 'unita'], ['sogliano-cavour', 'in-attesa']]);
    // The import kept each merged reply, byte for byte, where the package takes it; then validate finds them.
    for (const [id, path] of [['soleto', soleto], ['cutrofiano', cutro]] as const) {
      const record = readJson<Proposal>(file).ente.scambi.find((s) => s.ente === id)!;
      expect(readFileSync(join(dir, replyFileName(id, record.richiesta, false))).equals(readFileSync(path))).toBe(true);
    }
    // The merged proposal is valid (the starter's attachment files are not in the temp folder).
    const checked = JSON.parse(proposta('validate', file, '--json', '--alla-data', '2026-11-26').out) as { problemi: Array<{ code: string; severity: string }> };
    expect(checked.problemi.filter((i) => i.severity === 'errore' && !i.code.startsWith('ALLEGATO_FILE_'))).toEqual([]);
  });
});

describe('proposta partner: refusals leave every file as it was', () => {
  it('refuses an unsigned reply without --accetta-non-firmata, a plain module named .p7m, an old request, the lead\'s title, another proposal', async () => {
    const { dir, file, module } = await sent();
    const before = readFileSync(file);
    const cases: Array<[string, string[], string]> = [
      [writeReply(dir, module('soleto'), () => undefined, 'a.proposta-partner'), [], 'RISPOSTA_NON_FIRMATA'],
      [writeReply(dir, module('soleto'), (m) => { m.contesto.titolo = 'Titolo cambiato dal Comune'; }, 'b.proposta-partner'), ['--accetta-non-firmata'], 'RISPOSTA_FUORI_PARTE'],
      [writeReply(dir, module('soleto'), (m) => { m.proposta = '99999999-9999-4999-8999-999999999999'; }, 'c.proposta-partner'), ['--accetta-non-firmata'], 'RISPOSTA_ALTRA_PROPOSTA'],
      [writeReply(dir, module('soleto'), (m) => { m.parti.voci[0]!.ente = 'capofila'; }, 'd.proposta-partner'), ['--accetta-non-firmata'], 'RISPOSTA_VOCE_ALTRO_ENTE'],
      [writeReply(dir, module('soleto'), (m) => { m.base.ente.pec = 'x@pec.it'; }, 'e.proposta-partner.p7m'), ['--accetta-non-firmata'], 'RISPOSTA_BASE_ALTERATA'],
    ];
    for (const [reply, flags, code] of cases) {
      const r = await run('partner', 'import', file, reply, ...flags, '--json');
      expect([r.code, (JSON.parse(r.out) as { codice: string }).codice]).toEqual([1, code]);
    }
    const title = await run('partner', 'import', file, cases[1]![0], '--accetta-non-firmata', '--json');
    expect((JSON.parse(title.out) as { campi: string[] }).campi).toEqual(['/contesto/titolo']);
    expect(readFileSync(file).equals(before)).toBe(true);
    const old = module('soleto');
    expect((await run('partner', 'export', file, '--partner', 'soleto', '--out', join(dir, 'soleto.proposta-partner'), '--sovrascrivi')).code).toBe(0);
    const replay = await run('partner', 'import', file, writeReply(dir, old, () => undefined, 'f.proposta-partner'), '--accetta-non-firmata', '--json');
    expect((JSON.parse(replay.out) as { codice: string }).codice).toBe('RISPOSTA_RICHIESTA_SUPERATA');
    // The refusals wrote nothing: no reply is recorded (the export only re-recorded the request).
    expect(readJson<Proposal>(file).ente.scambi.every((s) => s.risposta === undefined)).toBe(true);
  });

  it('refuses unknown options and subcommands with the usage (exit 2), and an existing module without --sovrascrivi', async () => {
    const { dir, file } = await sent();
    const before = readFileSync(file);
    for (const argv of [['partner'], ['partner', 'boh', file], ['partner', 'status', file, '--forza'], ['partner', 'import', file, 'x', '--risolvi', 'tutto'], ['partner', 'export', file, '--partner', 'soleto']]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain('Uso:');
    }
    const exists = await run('partner', 'export', file, '--partner', 'soleto', '--out', join(dir, 'soleto.proposta-partner'));
    expect([exists.code, exists.err.includes('[FILE_ESISTENTE]')]).toEqual([2, true]);
    expect(readFileSync(file).equals(before)).toBe(true);
    const unknown = await run('partner', 'export', file, '--partner', 'nessuno', '--out', join(dir, 'x.proposta-partner'));
    expect([unknown.code, unknown.err.includes('[PARTNER_SCONOSCIUTO]')]).toEqual([1, true]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('proposta partner import: signed replies', () => {
  let pki: TestPki;
  beforeAll(() => { pki = createTestPki(new Date(Date.now() - 10 * 86_400_000)); });
  afterAll(() => pki.cleanup());

  it('merges a .p7m signed by the legal representative, records the signer, keeps the reply; another signer needs --accetta-non-firmata', async () => {
    const { dir, file, module } = await sent();
    const doc = readJson<Proposal>(file);
    doc.ente.partner[0]!.legaleRappresentante.codiceFiscale = 'RSSMRA85T10A562S';
    writeFileSync(file, JSON.stringify(doc));
    const sign = async (m: PartnerModule, who: 'valid' | 'verdi', name: string) => {
      const p = join(dir, name);
      writeFileSync(p, await signCadesEnveloping(new TextEncoder().encode(JSON.stringify(m)), signerFromFiles(pki, who), { signingTime: new Date() }));
      return p;
    };
    const cutro = module('cutrofiano');
    cutro.parti.ente.pec = 'firmata@pec.it';
    const good = await sign(cutro, 'valid', 'cutro.proposta-partner.p7m');
    const r = await run('partner', 'import', file, good, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { firma: string; firmatario: string; codiceFiscaleFirmatario: string; risposta: string; accettataSenzaFirmaValida: null };
    expect(out).toMatchObject({ firma: 'valida', firmatario: 'Mario Rossi', codiceFiscaleFirmatario: 'RSSMRA85T10A562S', accettataSenzaFirmaValida: null });
    expect(readFileSync(join(dir, out.risposta)).equals(readFileSync(good))).toBe(true);
    expect(readJson<Proposal>(file).ente.partner[0]!.pec).toBe('firmata@pec.it');
    // Soleto's reply signed by someone who is not its representative: refused, then accepted explicitly.
    const other = await sign(module('soleto'), 'verdi', 'soleto.p7m');
    const before = readFileSync(file);
    const refused = await run('partner', 'import', file, other, '--json');
    expect([refused.code, (JSON.parse(refused.out) as { codice: string }).codice]).toEqual([1, 'RISPOSTA_FIRMATARIO_DIVERSO']);
    expect(readFileSync(file).equals(before)).toBe(true);
    const accepted = await run('partner', 'import', file, other, '--accetta-non-firmata');
    expect([accepted.code, accepted.out.includes('[RISPOSTA_FIRMATARIO_DIVERSO]')]).toEqual([0, true]);
    const status = JSON.parse((await run('partner', 'status', file, '--json')).out) as Array<{ partner: string; stato: string; risposta: { firmatario: string } | null }>;
    expect(status.map((s) => [s.partner, s.stato, s.risposta?.firmatario ?? null])).toEqual([['cutrofiano', 'unita', 'Mario Rossi'], ['soleto', 'unita', 'Giuseppe Verdi'], ['sogliano-cavour', 'in-attesa', null]]);
  });
});
