// The Electron main process as built: what it loads before it can create the window must not hold
// the exports, the package or the signatures, which load on first use (a chunk each).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMain } from './build';

const root = new URL('..', import.meta.url).pathname;
mkdirSync(join(root, 'out'), { recursive: true });
const dir = mkdtempSync(join(root, 'out', 'test-main-'));
let meta: Metafile;

beforeAll(async () => {
  meta = await buildMain(join(dir, 'main'), join(dir, 'preload'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The outputs loaded with the entry: it and what it imports statically, transitively. */
function loadedAtStart(entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const imp of meta.outputs[file]?.imports ?? []) {
      if (imp.kind === 'import-statement' && !imp.external && !seen.has(imp.path)) {
        seen.add(imp.path);
        queue.push(imp.path);
      }
    }
  }
  return seen;
}

describe('the built Electron main process', () => {
  it('starts without the exports, the package and the signatures, and reaches them through import()', () => {
    const entry = Object.keys(meta.outputs).find((f) => f.endsWith('/main/main.js')) ?? '';
    const start = loadedAtStart(entry);
    const inputs = [...start].flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {}));
    expect(inputs).toContain('services/ipc/handlers.ts');
    // services/package/hash.ts (node:crypto), attachment-file.ts and reply-file.ts (node:fs, no CMS library) read
    // attachments and merged replies for validation: not heavy.
    const heavy = /services\/(export|sign)\/|services\/package\/(?!(hash|attachment-file|reply-file)\.ts$)|node_modules\/(docx|pdf-lib|pkijs|asn1js|@signpdf|node-forge|yazl|yauzl|fflate)\//;
    expect(inputs.filter((f) => heavy.test(f))).toEqual([]);
    const lazy = Object.keys(meta.outputs).filter((f) => !start.has(f)).flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {}));
    for (const module of ['services/export/pdf/index.ts', 'services/export/docx/index.ts', 'services/package/create.ts', 'services/sign/index.ts']) {
      expect(lazy, relative(root, module)).toContain(module);
    }
  });
});
