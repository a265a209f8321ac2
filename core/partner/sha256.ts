/**
 * SHA-256 (FIPS 180-4) in plain TypeScript: core has no `crypto` (no Node, no DOM).
 * Every sum is folded back to 32 bits two terms at a time (`(x + y) | 0`): V8 then keeps the whole
 * round in int32 arithmetic; a five-term sum truncated once falls back to doubles and ran 2× slower.
 */
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const W = new Int32Array(64);

/** Compresses the whole 64-byte blocks of p[0..end) into the state v. */
function blocks(v: Int32Array, p: Uint8Array, end: number): void {
  const w = W;
  for (let pos = 0; pos + 64 <= end; pos += 64) {
    for (let i = 0; i < 16; i++) {
      const j = pos + i * 4;
      w[i] = (p[j]! << 24) | (p[j + 1]! << 16) | (p[j + 2]! << 8) | p[j + 3]!;
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 2]!;
      const y = w[i - 15]!;
      const s1 = ((x >>> 17) | (x << 15)) ^ ((x >>> 19) | (x << 13)) ^ (x >>> 10);
      const s0 = ((y >>> 7) | (y << 25)) ^ ((y >>> 18) | (y << 14)) ^ (y >>> 3);
      w[i] = (((s1 + w[i - 7]!) | 0) + ((s0 + w[i - 16]!) | 0)) | 0;
    }
    let a = v[0]!, b = v[1]!, c = v[2]!, d = v[3]!, e = v[4]!, f = v[5]!, g = v[6]!, h = v[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (((S1 + ((e & f) ^ (~e & g))) | 0) + ((h + ((K[i]! + w[i]!) | 0)) | 0)) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    v[0] = (v[0]! + a) | 0; v[1] = (v[1]! + b) | 0; v[2] = (v[2]! + c) | 0; v[3] = (v[3]! + d) | 0;
    v[4] = (v[4]! + e) | 0; v[5] = (v[5]! + f) | 0; v[6] = (v[6]! + g) | 0; v[7] = (v[7]! + h) | 0;
  }
}

/** SHA-256 of the first `length` bytes, as 64 lowercase hex digits. */
export function sha256Hex(bytes: Uint8Array, length = bytes.length): string {
  const v = Int32Array.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);
  const whole = length - (length % 64);
  blocks(v, bytes, whole);
  // The tail, the 0x80 marker and the length in bits (64-bit big-endian, split: bit operations are 32-bit).
  const tail = new Uint8Array(length - whole < 56 ? 64 : 128);
  tail.set(bytes.subarray(whole, length));
  tail[length - whole] = 0x80;
  const bits = length * 8;
  const high = Math.floor(bits / 2 ** 32);
  const n = tail.length;
  [high >>> 24, high >>> 16, high >>> 8, high, bits >>> 24, bits >>> 16, bits >>> 8, bits].forEach((x, i) => { tail[n - 8 + i] = x & 255; });
  blocks(v, tail, n);
  return Array.from(v, (x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}
