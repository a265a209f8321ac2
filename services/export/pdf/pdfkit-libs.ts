import Module, { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';

// pdfkit and the libraries that come with it, loaded as pdfkit loads them: the fonts the layout
// measures are parsed by the very fontkit pdfkit embeds them with, and lines are broken by its
// linebreak.

const require = createRequire(import.meta.url);
const pdfkitRequire = createRequire(require.resolve('pdfkit'));

/** tiny-inflate's signature: raw DEFLATE from `source` into `dest`, the bytes written returned. */
export type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;

/**
 * tiny-inflate's contract with Node's zlib: the output is copied into `dest` (what does not fit is
 * dropped); a shorter output is returned as a copy of its own length (unicode-trie reads `.buffer`).
 */
export const nativeInflate: Inflate = (source, dest) => {
  const out = inflateRawSync(source);
  if (out.length >= dest.length) {
    dest.set(out.subarray(0, dest.length));
    return dest;
  }
  dest.set(out);
  return dest.slice(0, out.length);
};

/** Where each copy of tiny-inflate the libraries of pdfkit load would be resolved from. */
function tinyInflatePaths(): string[] {
  const chains = [['linebreak', 'unicode-trie'], ['fontkit', 'unicode-properties', 'unicode-trie'], ['fontkit', 'unicode-trie'], ['fontkit']];
  const paths = new Set<string>();
  for (const chain of chains) {
    try {
      let req = pdfkitRequire;
      for (const name of chain) req = createRequire(req.resolve(name));
      paths.add(req.resolve('tiny-inflate'));
    } catch {
      // A layout of node_modules without this chain: nothing to replace there.
    }
  }
  return [...paths];
}

/**
 * fontkit, unicode-properties and linebreak build five Unicode tries when they load, each inflated
 * twice by tiny-inflate, a DEFLATE decoder in JavaScript that runs cold (interpreted) at that moment:
 * measured 40–80 ms of every `proposta export` process. Node's zlib inflates the same bytes in about
 * a millisecond, so tiny-inflate's module is given Node's zlib before any of them loads (a module
 * already in require's cache is not loaded again). The tries come out the same (pdfkit-libs.test.ts).
 * Returns the module files replaced.
 */
export function replaceTinyInflate(inflate: Inflate = nativeInflate): string[] {
  const replaced: string[] = [];
  for (const file of tinyInflatePaths()) {
    if (require.cache[file]) continue;
    const mod = new Module(file);
    mod.filename = file;
    mod.exports = inflate;
    mod.loaded = true;
    require.cache[file] = mod;
    replaced.push(file);
  }
  return replaced;
}

let prepared = false;

/** pdfkit (`'pdfkit'`) or one of its dependencies (`'fontkit'`, `'linebreak'`), as pdfkit loads it. */
export function fromPdfkit<T>(name: 'pdfkit' | 'fontkit' | 'linebreak'): T {
  if (!prepared) {
    prepared = true;
    replaceTinyInflate();
  }
  return pdfkitRequire(name === 'pdfkit' ? require.resolve('pdfkit') : name) as T;
}
