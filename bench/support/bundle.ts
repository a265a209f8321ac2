// Benchmarks measure the code as it ships: an entry bundled as the CLI is (CommonJS, minified
// syntax, the same externals), written under out/ so that node_modules resolve, removed after.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { cjs } from '../../scripts/build';

const root = new URL('../..', import.meta.url).pathname;

export async function benchBundle(entry: string): Promise<{ readonly file: string; cleanup(): void }> {
  mkdirSync(join(root, 'out'), { recursive: true });
  const dir = mkdtempSync(join(root, 'out', 'bench-'));
  const file = join(dir, 'bench.cjs');
  await build({ ...cjs, metafile: false, entryPoints: [entry], outfile: file });
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
