import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fromPdfkit, nativeInflate, replaceTinyInflate, type Inflate } from './pdfkit-libs';

// pdfkit-libs gives tiny-inflate's module Node's zlib before fontkit, unicode-properties and linebreak
// build their Unicode tries. These tests run the real tiny-inflate beside it on the very bytes those
// libraries inflate, and on data of our own, and compare what each returns.

const pdfkitRequire = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const trieRequire = createRequire(createRequire(pdfkitRequire.resolve('linebreak')).resolve('unicode-trie'));
const tinyInflatePath = trieRequire.resolve('tiny-inflate');
const tinyInflate = trieRequire(tinyInflatePath) as Inflate;
// Out of require's cache again, for replaceTinyInflate to put its own in its place.
delete trieRequire.cache[tinyInflatePath];

const same = (a: Uint8Array, b: Uint8Array): void => {
  expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  // unicode-trie views the result's whole buffer as 32-bit words.
  expect(b.buffer.byteLength).toBe(a.buffer.byteLength);
  expect(b.byteOffset).toBe(a.byteOffset);
};

describe('tiny-inflate replaced by zlib', () => {
  it('inflates as tiny-inflate into a destination of the right size, a larger one and a smaller one', () => {
    for (const data of [Buffer.alloc(0), Buffer.from('proposta '.repeat(5000)), randomBytes(100_000)]) {
      const packed = deflateRawSync(data);
      for (const size of [data.length, data.length + 17, Math.floor(data.length / 2)]) {
        same(tinyInflate(packed, new Uint8Array(size)), nativeInflate(packed, new Uint8Array(size)));
      }
    }
  });

  it('builds the Unicode tries of fontkit, unicode-properties and linebreak from the same bytes', () => {
    // In this test's own process nothing has loaded these libraries yet: every inflation their tries
    // make goes through both decoders, and tiny-inflate's result is the one kept.
    const calls: Array<[Uint8Array, Uint8Array]> = [];
    const replaced = replaceTinyInflate((source, dest) => {
      const ours = nativeInflate(source, new Uint8Array(dest.length));
      const theirs = tinyInflate(source, dest);
      calls.push([theirs, ours]);
      return theirs;
    });
    expect(replaced.length).toBeGreaterThan(0);
    fromPdfkit('fontkit');
    fromPdfkit('linebreak');
    // Five tries (three of fontkit, one each of unicode-properties and linebreak), inflated twice each.
    expect(calls.length).toBeGreaterThanOrEqual(10);
    for (const [theirs, ours] of calls) same(theirs, ours);
  });
});
