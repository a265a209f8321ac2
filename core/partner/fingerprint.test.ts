import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint, sha256Hex, utf8 } from './fingerprint';

const nodeSha = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

describe('fingerprint', () => {
  it('is SHA-256: the FIPS 180-4 vectors and node:crypto on texts of every padding length and script', () => {
    expect(sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (let n = 0; n < 200; n++) {
      const s = 'àé€😀x'.repeat(n).slice(0, n);
      expect(sha256Hex(utf8(s))).toBe(nodeSha(s));
    }
  });

  it('does not depend on key order, and tells any change of value', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: 'é' }] })).toBe('{"a":[{"x":"é","y":2}],"b":1}');
    expect(fingerprint({ b: 1, a: 2 })).toBe(fingerprint({ a: 2, b: 1 }));
    expect(fingerprint({ a: 2 })).not.toBe(fingerprint({ a: '2' }));
    expect(fingerprint([1, 2])).not.toBe(fingerprint([2, 1]));
    expect(fingerprint({ a: 'x' })).toBe(nodeSha('{"a":"x"}'));
  });

  it('hashes bytes of every length across block boundaries, and a part larger than its scratch buffer', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 151 + 7) & 255);
    for (let n = 0; n <= 300; n++) expect(sha256Hex(bytes.subarray(0, n))).toBe(createHash('sha256').update(bytes.subarray(0, n)).digest('hex'));
    const big = { righe: Array.from({ length: 3000 }, (_, i) => ({ descrizione: `Voce n. ${i} — città`, importo: i })) };
    expect(fingerprint(big)).toBe(nodeSha(canonicalJson(big)));
    expect(fingerprint({ a: 'x' })).toBe(nodeSha('{"a":"x"}'));
  });
});
