/** The few DER writing helpers needed to splice a new SignerInfo into an existing SignedData unchanged. */

/** A DER length: short form under 128, long form otherwise (X.690 8.1.3). */
function length(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** Tag, length and the concatenated contents. */
export function tlv(tag: number, ...contents: readonly Uint8Array[]): Uint8Array {
  const body = Buffer.concat(contents);
  return Buffer.concat([Uint8Array.of(tag), length(body.byteLength), body]);
}

/** Tags used by the splice: SEQUENCE, SET, [0] and [1] constructed context-specific. */
export const TAG = { sequence: 0x30, set: 0x31, context0: 0xa0, context1: 0xa1 } as const;
