// The built command line (scripts/build.ts, run by `npm ci` and `npm test`): built here into a folder
// of its own under out/, it must answer as the sources do and load only what each command needs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCliIsFresh, SOURCES_NAME } from '../bin/cli-sources.js';
import { APP_VERSION, buildExportModel } from '../core';
import { renderDossierDocx } from '../services/export/docx';
import { buildCli } from '../scripts/build';
import { PROFILE, starter, starterPath } from '../test/helpers/docs';
import { main } from './main';

const root = new URL('..', import.meta.url).pathname;
mkdirSync(join(root, 'out'), { recursive: true });
// Inside the package, as out/cli is: the bundles find node_modules and templates/ from there.
const outDir = mkdtempSync(join(root, 'out', 'test-cli-'));
const tmp = mkdtempSync(join(tmpdir(), 'proposta-cli-build-'));
let inputs: Record<string, string[]> = {};

beforeAll(async () => {
  inputs = await buildCli(outDir);
}, 120_000);
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs the built CLI in a child process; returns its exit code, its output and the files it loaded. */
function runBuilt(...argv: string[]): { code: number; out: string[]; loaded: string[] } {
  const script = `
    const { main } = require(${JSON.stringify(join(outDir, 'main.cjs'))});
    const out = [];
    main(${JSON.stringify(argv)}, { out: (l) => out.push(l), err: (l) => out.push(l) }).then((code) => {
      process.stdout.write(JSON.stringify({ code, out, loaded: Object.keys(require.cache) }));
    });`;
  const r = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: tmp, encoding: 'utf8' })) as { code: number; out: string[]; loaded: string[] };
  return { ...r, loaded: r.loaded.map((f) => relative(outDir, f)).sort() };
}

describe('the built CLI', () => {
  it('answers --version without loading any command', () => {
    const r = runBuilt('--version');
    expect(r).toMatchObject({ code: 0, out: [APP_VERSION] });
    expect(r.loaded).toEqual(['main.cjs']);
  });

  it('validates as the sources do, loading the validate bundle alone', async () => {
    const argv = ['validate', starterPath('aggregazione'), '--json', '--alla-data', '2026-11-26'];
    const r = runBuilt(...argv);
    const expected: string[] = [];
    const code = await main(argv, { out: (l) => expected.push(l), err: (l) => expected.push(l) });
    expect(r.code).toBe(code);
    expect(JSON.parse(r.out.join('\n'))).toEqual(JSON.parse(expected.join('\n')));
    expect(r.loaded).toEqual(['commands/validate.cjs', 'main.cjs']);
  });

  it('keeps the export, package and signing code out of validate, eligibility and new', () => {
    // services/package/hash.ts (node:crypto), attachment-file.ts and reply-file.ts (node:fs, no CMS library) read
    // attachments and merged replies for validation: not heavy.
    const heavy = /services\/(export|sign)\/|services\/package\/(?!(hash|attachment-file|reply-file)\.ts$)|node_modules\/(docx|pdf-lib|pdfmake|pdfkit|pkijs|asn1js|@signpdf|node-forge|yazl|yauzl)\//;
    for (const name of ['validate', 'eligibility', 'new']) {
      const bundle = Object.keys(inputs).find((f) => f.endsWith(`commands/${name}.cjs`)) ?? '';
      expect(inputs[bundle]?.length, name).toBeGreaterThan(0);
      expect(inputs[bundle]?.filter((f) => heavy.test(f)), name).toEqual([]);
    }
  });

  it('finds the starters and the fonts of the PDF from the bundle', () => {
    expect(runBuilt('new', '--elenco').out).toContain('aggregazione');
    const pdf = join(tmp, 'dossier.pdf');
    expect(runBuilt('export', starterPath('comune-singolo'), '--pdf', pdf).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('has a DOCX worker that renders what the sources render', async () => {
    const doc = starter('comune-singolo');
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      const w = new Worker(join(outDir, 'commands', 'docx-worker.cjs'), { workerData: { doc, profile: PROFILE } });
      w.once('message', resolve);
      w.once('error', reject);
    });
    expect(Buffer.from(bytes).equals(Buffer.from(await renderDossierDocx(buildExportModel(doc, PROFILE))))).toBe(true);
  }, 60_000);

  it('records its sources, so that bin/proposta.js runs the sources instead of a stale build', () => {
    const record = JSON.parse(readFileSync(join(outDir, SOURCES_NAME), 'utf8')) as { sources: string[] };
    expect(record.sources).toContain('cli/commands/validate.ts');
    expect(record.sources).toContain('core/validation/validate.ts');
    expect(record.sources.some((f) => f.includes('node_modules'))).toBe(false);
    expect(builtCliIsFresh(root, outDir)).toBe(true);
  });
});

describe('builtCliIsFresh', () => {
  it('is false without a build, and once a source is newer than the build', () => {
    const dir = mkdtempSync(join(tmp, 'pacchetto-'));
    const cli = join(dir, 'out', 'cli');
    mkdirSync(cli, { recursive: true });
    expect(builtCliIsFresh(dir, cli)).toBe(false);
    writeFileSync(join(dir, 'a.ts'), 'export {};');
    const builtAt = Date.now();
    utimesSync(join(dir, 'a.ts'), new Date(builtAt - 60_000), new Date(builtAt - 60_000));
    writeFileSync(join(cli, SOURCES_NAME), JSON.stringify({ builtAt, sources: ['a.ts', 'rimosso.ts'] }));
    expect(builtCliIsFresh(dir, cli)).toBe(true);
    utimesSync(join(dir, 'a.ts'), new Date(builtAt + 60_000), new Date(builtAt + 60_000));
    expect(builtCliIsFresh(dir, cli)).toBe(false);
    writeFileSync(join(cli, SOURCES_NAME), '{"rotto"');
    expect(builtCliIsFresh(dir, cli)).toBe(false);
  });
});
