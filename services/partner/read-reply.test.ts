import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCadesEnveloping } from '../sign/p7m';
import { createTestPki, signerFromFiles, type TestPki } from '../sign/test-support/certs';
import { mustRun } from '../sign/test-support/tools';
import { readPartnerReply, readReplyBytes } from './read-reply';

let pki: TestPki;
let dir: string;
const module = { formatoModulo: 1, proposta: 'x', parti: { ente: { denominazione: 'Comune di Molfetta' } } };
const bytes = new TextEncoder().encode(`${JSON.stringify(module)}\n`);

beforeAll(() => {
  pki = createTestPki();
  dir = mkdtempSync(join(tmpdir(), 'proposta-reply-'));
});
afterAll(() => {
  pki.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('readPartnerReply', () => {
  it('reads an unsigned module as such', async () => {
    const path = join(dir, 'r.proposta-partner');
    writeFileSync(path, bytes);
    const r = await readPartnerReply(path);
    expect(r.ok && { data: r.data, signed: r.signed, state: r.signature.state }).toEqual({ data: module, signed: false, state: 'assente' });
  });

  it('reads a module signed by Proposta and names the signer by codice fiscale', async () => {
    const p7m = await signCadesEnveloping(bytes, signerFromFiles(pki, 'valid'), { signingTime: new Date() });
    const r = await readReplyBytes(p7m);
    expect(r.ok && { data: r.data, signed: r.signed, signature: r.signature }).toEqual({
      data: module, signed: true, signature: { state: 'valida', signer: 'Mario Rossi', fiscalCode: 'RSSMRA85T10A562S' },
    });
  });

  it('reads a module signed with the card software (openssl cms, DER and base64) even when renamed', async () => {
    writeFileSync(join(pki.dir, 'm.json'), bytes);
    mustRun('openssl', ['cms', '-sign', '-binary', '-nodetach', '-outform', 'DER', '-in', 'm.json', '-signer', 'valid.pem', '-inkey', 'valid.key', '-out', 'm.p7m'], { cwd: pki.dir });
    const der = await readPartnerReply(join(pki.dir, 'm.p7m'));
    expect(der.ok && der.signature.fiscalCode).toBe('RSSMRA85T10A562S');
    mustRun('openssl', ['cms', '-sign', '-binary', '-nodetach', '-outform', 'PEM', '-in', 'm.json', '-signer', 'valid.pem', '-inkey', 'valid.key', '-out', 'renamed.proposta-partner'], { cwd: pki.dir });
    const pem = await readPartnerReply(join(pki.dir, 'renamed.proposta-partner'));
    expect(pem.ok && { signed: pem.signed, data: pem.data }).toEqual({ signed: true, data: module });
  });

  it('marks a signature over changed content, or by an expired certificate, as not valid but still reads the module', async () => {
    const p7m = await signCadesEnveloping(bytes, signerFromFiles(pki, 'valid'), { signingTime: new Date() });
    const at = Buffer.from(p7m).indexOf(Buffer.from('Molfetta'));
    const tampered = Uint8Array.from(p7m);
    tampered[at] = 'N'.charCodeAt(0);
    const r = await readReplyBytes(tampered);
    expect(r.ok && r.signature.state).toBe('non-valida');
    const expired = await signCadesEnveloping(bytes, signerFromFiles(pki, 'expired'), {});
    const e = await readReplyBytes(expired);
    expect(e.ok && e.signature.state).toBe('non-valida');
  });

  it('refuses, with a code, what is neither a module nor a signed module', async () => {
    const codes = await Promise.all(Array.from({ length: 8 }, async (_, i) => {
      const junk = i % 2 ? new Uint8Array([0x30, 0x82, 0xff, 0xff, i]) : new TextEncoder().encode('{"a":'.repeat(i + 1));
      const r = await readReplyBytes(junk);
      return r.ok ? 'letta' : r.code;
    }));
    expect(codes.every((c) => c !== 'letta')).toBe(true);
    const signedJunk = await signCadesEnveloping(new TextEncoder().encode('non è json'), signerFromFiles(pki, 'valid'), {});
    const r = await readReplyBytes(signedJunk);
    expect(r.ok ? 'letta' : r.code).toBe('RISPOSTA_FIRMATA_ILLEGGIBILE');
    const missing = await readPartnerReply(join(dir, 'manca.p7m'));
    expect(missing.ok ? 'letta' : missing.code).toBe('FILE_NON_TROVATO');
  });
});
