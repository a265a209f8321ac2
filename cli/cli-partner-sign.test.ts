// proposta partner firma: the Comune signs its filled module with a .p12 or a SoftHSM2 token; the reply
// verifies with openssl over the module file's exact bytes and merges at the lead with partner import.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergePartnerReply, serializePartnerModule, signerRefusal, type PartnerModule, type Proposal } from '../core';
import { NOW, starterPath } from '../test/helpers/docs';
import { tempFolders } from '../test/helpers/temp';
import { readPartnerReply } from '../services/partner/read-reply';
import { createTestPki, type TestPki } from '../services/sign/test-support/certs';
import { createTestToken, type TestToken } from '../services/sign/test-support/softhsm';
import { mustRun } from '../services/sign/test-support/tools';
import { main } from './main';

const tmp = tempFolders('cli-partner-firma');
const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
let pki: TestPki;
let token: TestToken;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
  pki = createTestPki(new Date());
  token = createTestToken('Carta Soleto', '24681357');
  token.add(pki, 'verdi', '02', 'Firma Giuseppe Verdi');
});
afterAll(() => {
  delete process.env.PROPOSTA_P12_PASSWORD;
  delete process.env.PROPOSTA_PIN;
  token?.cleanup();
  pki?.cleanup();
});

/** The lead's proposal (Soleto's legal representative: `cf`) with a module sent to Soleto, and the module filled in (PEC). */
async function filled(cf = 'RSSMRA85T10A562S'): Promise<{ dir: string; file: string; module: string }> {
  const dir = tmp();
  const file = join(dir, 'aggregazione.proposta.json');
  const lead = readJson<Proposal>(starterPath('aggregazione'));
  lead.ente.partner.find((p) => p.id === 'soleto')!.legaleRappresentante.codiceFiscale = cf;
  writeFileSync(file, JSON.stringify(lead));
  expect((await run('partner', 'export', file, '--partner', 'soleto', '--out', join(dir, 'soleto.proposta-partner'))).code).toBe(0);
  const m = readJson<PartnerModule>(join(dir, 'soleto.proposta-partner'));
  m.parti.ente.pec = 'protocollo@pec.comune.soleto.le.it';
  writeFileSync(join(dir, 'soleto.proposta-partner'), serializePartnerModule(m));
  writeFileSync(join(dir, 'firma.p12'), pki.p12.valid);
  return { dir, file, module: join(dir, 'soleto.proposta-partner') };
}

const replies = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.p7m') || n.endsWith('.tmp'));

describe('proposta partner firma', () => {
  it('signs with a .p12 over the module file\'s exact bytes; the signer is the lead\'s record of the legal representative and the reply merges', async () => {
    const { dir, file, module } = await filled();
    process.env.PROPOSTA_P12_PASSWORD = pki.password;
    const out = join(dir, 'soleto.proposta-partner.p7m');
    const r = await run('partner', 'firma', module, '--p12', join(dir, 'firma.p12'), '--out', out);
    expect(r.code).toBe(0);
    expect(`${r.out}${r.err}`).not.toContain(pki.password);
    mustRun('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', out, '-CAfile', pki.caPemPath, '-purpose', 'any', '-out', join(dir, 'contenuto')]);
    expect(readFileSync(join(dir, 'contenuto'))).toEqual(readFileSync(module));
    const reply = await readPartnerReply(out);
    expect(reply.ok && { cf: reply.signature.fiscalCode, state: reply.signature.state, data: reply.data }).toEqual({ cf: 'RSSMRA85T10A562S', state: 'valida', data: readJson(module) });

    // The lead's side (`partner import` reads .p7m replies on another branch): the signer is the partner's
    // legal representative, and the reply merges.
    const lead = readJson<Proposal>(file);
    expect(reply.ok && signerRefusal(lead, reply.data as PartnerModule, reply.signature)).toBeNull();
    const merged = mergePartnerReply(lead, readJson<PartnerModule>(module), { now: NOW, firma: 'valida', firmatario: 'Mario Rossi', codiceFiscaleFirmatario: 'RSSMRA85T10A562S' });
    expect(merged.ok && merged.result.resolved && merged.result.parts.ente.pec).toBe('protocollo@pec.comune.soleto.le.it');

    // An existing reply is replaced only with --sovrascrivi.
    const before = readFileSync(out);
    const again = await run('partner', 'firma', module, '--p12', join(dir, 'firma.p12'), '--out', out);
    expect(again).toMatchObject({ code: 2 });
    expect(again.err).toContain('[FILE_ESISTENTE]');
    expect(readFileSync(out)).toEqual(before);
    expect((await run('partner', 'firma', module, '--p12', join(dir, 'firma.p12'), '--out', out, '--sovrascrivi')).code).toBe(0);
  }, 60_000);

  it('signs on a SoftHSM2 token with the PIN from PROPOSTA_PIN, choosing the certificate by codice fiscale', async () => {
    const { dir, module } = await filled('VRDGPP80A01F205X');
    process.env.PROPOSTA_PIN = token.pin;
    const out = join(dir, 'r.proposta-partner.p7m');
    const r = await run('partner', 'firma', module, '--pkcs11', token.modulePath, '--token', 'Carta Soleto', '--certificato', 'VRDGPP80A01F205X', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(`${r.out}${r.err}`).not.toContain(token.pin);
    const reply = await readPartnerReply(out);
    expect(reply.ok && reply.signature.fiscalCode).toBe('VRDGPP80A01F205X');
    process.env.PROPOSTA_PIN = '00000000';
    const wrong = await run('partner', 'firma', module, '--pkcs11', token.modulePath, '--out', join(dir, 'x.proposta-partner.p7m'));
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('[PIN_ERRATO]');
    expect(existsSync(join(dir, 'x.proposta-partner.p7m'))).toBe(false);
  }, 60_000);

  it('a wrong password exits 1 with P12_PASSWORD_ERRATA, never printed, nothing written', async () => {
    const { dir, module } = await filled();
    process.env.PROPOSTA_P12_PASSWORD = 'sbagliata-987';
    const r = await run('partner', 'firma', module, '--p12', join(dir, 'firma.p12'), '--out', join(dir, 'r.proposta-partner.p7m'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('[P12_PASSWORD_ERRATA]');
    expect(`${r.out}${r.err}`).not.toContain('sbagliata-987');
    expect(replies(dir)).toEqual([]);
  });

  it('refuses what it does not understand with exit 2 and the usage, writing nothing', async () => {
    const { dir, module } = await filled();
    const p12 = join(dir, 'firma.p12');
    const out = join(dir, 'r.proposta-partner.p7m');
    for (const argv of [
      [module, '--p21', p12, '--out', out],
      [module, '--p12', p12, '--out', out, '--non-firmato'],
      [module, '--p12', p12, '--pkcs11', token.modulePath, '--out', out],
      [module, '--p12', p12, '--token', 'Carta', '--out', out],
      [module, '--out', out],
      [module, '--p12', p12],
      [module, module, '--p12', p12, '--out', out],
    ]) {
      const r = await run('partner', 'firma', ...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toContain('proposta partner firma');
    }
    // The other subcommands refuse firma's options too.
    expect((await run('partner', 'status', join(dir, 'aggregazione.proposta.json'), '--p12', p12)).code).toBe(2);
    expect(replies(dir)).toEqual([]);
  });

  it('refuses a module of a newer Proposta, or edited out of shape (exit 1), and garbage, writing nothing', async () => {
    const { dir, module } = await filled();
    process.env.PROPOSTA_P12_PASSWORD = pki.password;
    const m = readJson<PartnerModule>(module);
    const cases: Array<[string, string, number]> = [
      ['nuovo.proposta-partner', serializePartnerModule({ ...m, formatoModulo: 9 as 1 }), 1],
      ['modificato.proposta-partner', JSON.stringify({ ...m, contesto: null }), 1],
      ['rotto.proposta-partner', '{"formatoModulo": 1,', 1],
    ];
    const codes = await Promise.all(cases.map(async ([name, text, exit]) => {
      writeFileSync(join(dir, name), text);
      const r = await run('partner', 'firma', join(dir, name), '--p12', join(dir, 'firma.p12'), '--out', join(dir, `${name}.p7m`));
      return { exit: r.code === exit, code: /\[([A-Z_]+)\]/.exec(r.err)?.[1] };
    }));
    expect(codes).toEqual([
      { exit: true, code: 'MODULO_VERSIONE_PIU_RECENTE' }, { exit: true, code: 'MODULO_NON_VALIDO' }, { exit: true, code: 'MODULO_NON_VALIDO' },
    ]);
    expect(replies(dir)).toEqual([]);
  });
});
