import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCadesEnveloping } from '../sign/p7m';
import { readP7m } from '../sign/p7m-read';
import { createTestPki, signerFromFiles, type TestPki } from '../sign/test-support/certs';
import { mustRun } from '../sign/test-support/tools';
import { cmsContent } from './cms-content';

let pki: TestPki;
beforeAll(() => { pki = createTestPki(); }, 120_000);
afterAll(() => pki?.cleanup());

// Larger than openssl's stream chunks, so that -stream splits the content.
const content = new TextEncoder().encode(`${JSON.stringify({ formatoModulo: 1, note: 'è'.repeat(6000) })}\n`);
const openssl = (...args: string[]): Buffer => {
  writeFileSync(join(pki.dir, 'm.json'), content);
  mustRun('openssl', ['cms', '-sign', '-binary', '-nodetach', '-in', 'm.json', '-signer', 'valid.pem', '-inkey', 'valid.key', '-out', 'm.p7m', ...args], { cwd: pki.dir });
  return readFileSync(join(pki.dir, 'm.p7m'));
};

describe('cmsContent (no CMS library)', () => {
  it('finds the content the CMS library finds: Proposta\'s DER, openssl DER, streamed BER, PEM, bare base64', async () => {
    const files = [
      await signCadesEnveloping(content, signerFromFiles(pki, 'valid'), { signingTime: new Date() }),
      openssl('-outform', 'DER'),
      openssl('-outform', 'DER', '-stream'),
      openssl('-outform', 'PEM'),
      Buffer.from(openssl('-outform', 'DER').toString('base64').replace(/(.{64})/g, '$1\n')),
    ];
    expect(openssl('-outform', 'DER', '-stream')[1]).toBe(0x80); // indefinite length: BER indeed
    for (const f of files) {
      const bytes = new Uint8Array(f);
      const lib = readP7m(bytes);
      expect(lib.ok && Buffer.from(lib.parsed.content!).equals(Buffer.from(content))).toBe(true);
      expect(Buffer.from(cmsContent(bytes)!).equals(Buffer.from(content))).toBe(true);
    }
  });

  it('gives nothing for a detached signature, plain JSON, and truncated or corrupted files, without throwing', () => {
    writeFileSync(join(pki.dir, 'm.json'), content);
    mustRun('openssl', ['cms', '-sign', '-binary', '-in', 'm.json', '-signer', 'valid.pem', '-inkey', 'valid.key', '-outform', 'DER', '-out', 'd.p7s'], { cwd: pki.dir });
    expect(cmsContent(new Uint8Array(readFileSync(join(pki.dir, 'd.p7s'))))).toBeUndefined();
    expect(cmsContent(content)).toBeUndefined();
    const der = new Uint8Array(openssl('-outform', 'DER', '-stream'));
    for (let cut = 0; cut < der.length; cut += 97) expect(cmsContent(der.subarray(0, cut))).toBeUndefined();
    // Random bytes flipped: whatever comes out, nothing throws.
    let seed = 7;
    for (let i = 0; i < 2000; i++) {
      const copy = der.slice();
      for (let k = 0; k < 3; k++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        copy[seed % copy.length] = seed & 0xff;
      }
      expect(() => cmsContent(copy)).not.toThrow();
    }
    // Deep nesting of indefinite lengths is refused, not followed down the stack.
    const deep = new Uint8Array([...Array<number>(5000).fill(0).flatMap(() => [0x30, 0x80]), ...Array<number>(10000).fill(0)]);
    expect(cmsContent(deep)).toBeUndefined();
  });
});
