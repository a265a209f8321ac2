import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCadesDetached } from '../cades';
import type { SignerIdentity } from '../key';
import { addCadesSignature, signCadesEnveloping } from '../p7m';
import { signPdfPades } from '../pades';
import { createChainPki, type ChainPki } from '../test-support/chain-pki';
import { createTestPki, signerFromFiles, type TestPki } from '../test-support/certs';
import { makeTestPdf } from '../test-support/pdf';
import { mustRun } from '../test-support/tools';
import { makeTestTsl } from '../test-support/tsl';
import { parseTrustedList } from '../trust/tsl';
import { assessDetachedFile, assessP7mFile, assessPdfFile, summarizeVerification, type SignedFileReport, type TrustContext } from '.';

let pki: TestPki;
let chainPki: ChainPki;
let now: Date;
const content = new TextEncoder().encode('{"versione":2}\n');
const ROSSI = 'RSSMRA85T10A562S';
const ctx = (over: Partial<TrustContext> = {}): TrustContext => ({ anchors: [pki.caDer], anchorSource: 'ca', expectedFiscalCode: ROSSI, now, ...over });
const summary = (files: SignedFileReport[], anchorSource: 'ca' | 'elenco-fiducia' = 'ca') => summarizeVerification({ files, anchorSource });
const reasonCodes = (files: SignedFileReport[]) => summary(files).reasons.map((r) => r.code);
const pdfInfo = { reason: 'Prova', location: 'Molfetta', name: 'Firmatario' };

beforeAll(() => {
  pki = createTestPki();
  chainPki = createChainPki();
  now = new Date(Date.now() + 5000);
});
afterAll(() => {
  pki.cleanup();
  chainPki.cleanup();
});

describe('a signature that passes every level', () => {
  it('a .p7m by the legal representative, trusted through --ca: exit 0 with the five levels passed', async () => {
    const p7m = await signCadesEnveloping(content, signerFromFiles(pki, 'valid'), { signingTime: new Date() });
    const { report, content: inside } = await assessP7mFile('manifest.json.p7m', p7m, ctx());
    expect(Buffer.from(inside ?? []).equals(Buffer.from(content))).toBe(true);
    expect(report.signers).toHaveLength(1);
    expect(report.signers[0]?.levels.map((l) => [l.level, l.outcome])).toEqual([
      ['integrita', 'superato'], ['firma', 'superato'], ['certificato', 'superato'], ['catena', 'superato'], ['codice-fiscale', 'superato'],
    ]);
    const s = summary([report]);
    expect(s).toMatchObject({ exitCode: 0, verdict: 'valido', reasons: [] });
    expect(s.notes.join(' ')).toMatch(/revoca/i);
    expect(s.notes.join(' ')).toMatch(/dichiarata/);
  });

  it('a PDF signed by a signer whose issuing CA is in a trusted list (TS 119 612)', async () => {
    const signer: SignerIdentity = {
      key: createPrivateKey(readFileSync(join(chainPki.dir, 'signer.key'))),
      certificate: chainPki.signer,
      chain: [chainPki.issuing],
    };
    const pdf = await signPdfPades(await makeTestPdf(), signer, pdfInfo);
    const list = parseTrustedList(makeTestTsl([{ provider: 'Prova', service: 'CA qualificata', certificates: [chainPki.issuing] }]));
    if (!list.ok) throw new Error(list.code);
    const report = await assessPdfFile('dossier.pdf', pdf, ctx({ anchors: list.anchors.map((a) => a.der), anchorSource: 'elenco-fiducia' }));
    const s = summary([report], 'elenco-fiducia');
    expect(s.exitCode).toBe(0);
    expect(s.notes.join(' ')).toMatch(/elenco di fiducia/);
  });
});

describe('intact but not trustworthy: exit 3, with the reasons', () => {
  it('a self-signed certificate with an invented codice fiscale', async () => {
    const dir = pki.dir;
    mustRun('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'fake.key', '-out', 'fake.pem', '-days', '30',
      '-subj', '/C=IT/serialNumber=TINIT-RSSMRA85T10A562X/CN=Mario Rossi', '-addext', 'keyUsage=critical,nonRepudiation'], { cwd: dir });
    mustRun('openssl', ['x509', '-in', 'fake.pem', '-outform', 'DER', '-out', 'fake.der'], { cwd: dir });
    const fake: SignerIdentity = { key: createPrivateKey(readFileSync(join(dir, 'fake.key'))), certificate: new Uint8Array(readFileSync(join(dir, 'fake.der'))) };
    const { report } = await assessP7mFile('manifest.json.p7m', await signCadesEnveloping(content, fake, { signingTime: new Date() }), ctx({ expectedFiscalCode: 'RSSMRA85T10A562X' }));
    expect(summary([report])).toMatchObject({ exitCode: 3, verdict: 'non-affidabile' });
    expect(reasonCodes([report])).toEqual(['CATENA_NON_FIDATA', 'CODICE_FISCALE_ERRATO']);
  });

  it('a certificate expired in 2021 with the signing time set back to 2020 and no timestamp', async () => {
    const backdated = await signCadesEnveloping(content, signerFromFiles(pki, 'expired'), { signingTime: new Date('2020-06-01T10:00:00Z') });
    const { report } = await assessP7mFile('manifest.json.p7m', backdated, ctx());
    expect(report.signers[0]?.levels.find((l) => l.level === 'certificato')).toMatchObject({ outcome: 'non-fidato', code: 'ORA_DI_FIRMA_NON_PROVATA' });
    expect(summary([report]).exitCode).toBe(3);
    // Signed "today" with the same certificate: invalid, not merely untrusted.
    const today = await assessP7mFile('m.p7m', await signCadesEnveloping(content, signerFromFiles(pki, 'expired'), { signingTime: new Date() }), ctx());
    expect(summary([today.report])).toMatchObject({ exitCode: 1, reasons: [{ code: 'CERTIFICATO_SCADUTO_ALLA_FIRMA', level: 'certificato' }] });
  });

  it('two signers of a PDF, the second not the legal representative: both listed, exit 3', async () => {
    const once = await signPdfPades(await makeTestPdf(), signerFromFiles(pki, 'valid'), pdfInfo);
    const twice = await signPdfPades(once, signerFromFiles(pki, 'verdi'), pdfInfo);
    const report = await assessPdfFile('dossier.pdf', twice, ctx());
    expect(report.signers.map((s) => s.fiscalCode)).toEqual([ROSSI, 'VRDGPP80A01F205X']);
    const s = summary([report]);
    expect(s.exitCode).toBe(3);
    expect(s.reasons).toEqual([expect.objectContaining({ code: 'FIRMATARIO_DIVERSO_DAL_RAPPRESENTANTE', signer: 'Giuseppe Verdi VRDGPP80A01F205X', file: 'dossier.pdf' })]);
  });

  it('no trust anchors, no expected codice fiscale, an unsigned PDF, nothing signed at all', async () => {
    const p7m = await signCadesEnveloping(content, signerFromFiles(pki, 'valid'));
    const { report } = await assessP7mFile('m.p7m', p7m, ctx({ anchors: [], expectedFiscalCode: undefined }));
    expect(reasonCodes([report])).toEqual(['NESSUNA_ANCORA_DI_FIDUCIA', 'RAPPRESENTANTE_NON_INDICATO']);
    const unsigned = await assessPdfFile('dossier.pdf', await makeTestPdf(), ctx());
    expect(summary([unsigned])).toMatchObject({ exitCode: 3, reasons: [{ code: 'NON_FIRMATO', file: 'dossier.pdf' }] });
    expect(summary([])).toMatchObject({ exitCode: 3, reasons: [{ code: 'NESSUN_FILE_FIRMATO' }] });
  });
});

describe('altered or invalid: exit 1', () => {
  it('a .p7m whose content changed, listed before the untrusted findings', async () => {
    const p7m = await signCadesEnveloping(content, signerFromFiles(pki, 'valid'));
    const both = await addCadesSignature(p7m, signerFromFiles(pki, 'verdi'));
    const at = Buffer.from(both).indexOf('versione');
    both[at] = (both[at] ?? 0) ^ 0x01;
    const { report } = await assessP7mFile('m.p7m', both, ctx());
    const s = summary([report]);
    expect(s.exitCode).toBe(1);
    expect(s.reasons.map((r) => [r.exitCode, r.code])).toEqual([
      [1, 'IMPRONTA_DIVERSA'], [1, 'IMPRONTA_DIVERSA'], [3, 'FIRMATARIO_DIVERSO_DAL_RAPPRESENTANTE'],
    ]);
  });

  it('the old detached .p7s stays verifiable, and a changed manifest fails it', async () => {
    const p7s = await signCadesDetached(content, signerFromFiles(pki, 'valid'), { signingTime: new Date() });
    expect(summary([await assessDetachedFile('manifest.json.p7s', content, p7s, ctx())]).exitCode).toBe(0);
    const changed = new TextEncoder().encode('{"versione":3}\n');
    expect(reasonCodes([await assessDetachedFile('manifest.json.p7s', changed, p7s, ctx())])).toEqual(['IMPRONTA_DIVERSA']);
  });
});

describe('unreadable or refused: exit 2 and nothing else', () => {
  it('says only why the input was refused', async () => {
    const garbage = await assessP7mFile('m.p7m', new TextEncoder().encode('non firmato'), ctx());
    const signed = await assessP7mFile('ok.p7m', await signCadesEnveloping(content, signerFromFiles(pki, 'verdi')), ctx());
    expect(summary([garbage.report, signed.report])).toEqual({
      exitCode: 2, verdict: 'illeggibile', notes: [],
      reasons: [{ exitCode: 2, code: 'FILE_FIRMATO_ILLEGGIBILE', file: 'm.p7m', message: expect.any(String) }],
    });
    expect(summarizeVerification({ refused: { code: 'PACCHETTO_OSTILE', message: 'x' }, files: [signed.report] }))
      .toEqual({ exitCode: 2, verdict: 'illeggibile', notes: [], reasons: [{ exitCode: 2, code: 'PACCHETTO_OSTILE', message: 'x' }] });
    expect((await assessPdfFile('dossier.pdf', new Uint8Array([1, 2, 3]), ctx())).readable).toBe(false);
  });
});
