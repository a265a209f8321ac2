import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MergedReply } from '../../core';
import { starter } from '../../test/helpers/docs';
import { tempFolders } from '../../test/helpers/temp';
import { signCadesEnveloping } from '../sign/p7m';
import { createTestPki, signerFromFiles, type TestPki } from '../sign/test-support/certs';
import { readMergedReply } from './reply-file';

const tmp = tempFolders('risposte');
let pki: TestPki;
beforeAll(() => { pki = createTestPki(); }, 120_000);
afterAll(() => pki?.cleanup());

const doc = starter('aggregazione');
const REQ = '0f3a9c1e-1111-4111-8111-111111111111';
const reply = (signed: boolean): MergedReply => ({ index: 0, partner: 'soleto', requestId: REQ, signed, name: `risposte/soleto-0f3a9c1e.proposta-partner${signed ? '.p7m' : ''}` });
const moduleBytes = (over: object = {}): Uint8Array => new TextEncoder().encode(JSON.stringify({ formatoModulo: 1, proposta: doc.id, partner: 'soleto', richiesta: REQ, ...over }));

function folderWith(name: string, bytes: Uint8Array | string): string {
  const dir = tmp();
  mkdirSync(join(dir, 'risposte'), { recursive: true });
  writeFileSync(join(dir, name), bytes);
  return dir;
}

describe('the file of a merged reply', () => {
  it('is present when it holds that reply, plain or signed (its bytes as read)', async () => {
    const plain = moduleBytes();
    const r = await readMergedReply(folderWith(reply(false).name, plain), doc, reply(false));
    expect(r.state === 'presente' && Buffer.from(r.bytes).equals(Buffer.from(plain))).toBe(true);
    const p7m = await signCadesEnveloping(plain, signerFromFiles(pki, 'valid'), { signingTime: new Date() });
    expect((await readMergedReply(folderWith(reply(true).name, p7m), doc, reply(true))).state).toBe('presente');
  });

  it('is «diverso» when it is another request, partner or proposal, or no module at all', async () => {
    for (const over of [{ richiesta: '22222222-2222-4222-8222-222222222222' }, { partner: 'cutrofiano' }, { proposta: 'altra' }]) {
      expect((await readMergedReply(folderWith(reply(false).name, moduleBytes(over)), doc, reply(false))).state).toBe('diverso');
      const p7m = await signCadesEnveloping(moduleBytes(over), signerFromFiles(pki, 'valid'), { signingTime: new Date() });
      expect((await readMergedReply(folderWith(reply(true).name, p7m), doc, reply(true))).state).toBe('diverso');
    }
    for (const junk of ['', 'non è JSON', '\u0000\u0001', '[1,2]', '{"__proto__": {"x": 1}}']) {
      expect((await readMergedReply(folderWith(reply(false).name, junk), doc, reply(false))).state).toBe('diverso');
      expect((await readMergedReply(folderWith(reply(true).name, junk), doc, reply(true))).state).toBe('diverso');
    }
    // A plain module where a signed one is expected is not the reply that was merged signed.
    expect((await readMergedReply(folderWith(reply(true).name, moduleBytes()), doc, reply(true))).state).toBe('diverso');
  });

  it('is missing, outside the folder through a link, or unreadable (a folder), also deep and many at once', async () => {
    const empty = tmp();
    expect((await readMergedReply(empty, doc, reply(false))).state).toBe('mancante');
    const outside = folderWith('x', moduleBytes());
    const dir = tmp();
    mkdirSync(join(dir, 'risposte'));
    symlinkSync(join(outside, 'x'), join(dir, reply(false).name));
    expect((await readMergedReply(dir, doc, reply(false))).state).toBe('fuori-cartella');
    const folder = tmp();
    mkdirSync(join(folder, reply(false).name), { recursive: true });
    expect((await readMergedReply(folder, doc, reply(false))).state).toBe('non-leggibile');
    const deep = join(tmp(), ...Array.from({ length: 40 }, (_, i) => `livello-${i}`));
    mkdirSync(join(deep, 'risposte'), { recursive: true });
    writeFileSync(join(deep, reply(false).name), moduleBytes());
    const states = await Promise.all(Array.from({ length: 24 }, (_, i) => readMergedReply(i % 2 ? deep : dir, doc, reply(false))));
    expect(states.map((s) => s.state)).toEqual(Array.from({ length: 24 }, (_, i) => (i % 2 ? 'presente' : 'fuori-cartella')));
  });
});
