// Builds what the desktop app, `proposta serve` and the `proposta` command run: the window (Vite) into
// out/renderer, the Electron main process (ESM) into out/main, the preload (CommonJS, for the sandbox)
// into out/preload, and the command line into out/cli. `npm ci` runs it (the `prepare` script).
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { BuildOptions, Metafile, Plugin } from 'esbuild';
import { CLI_DIR, SOURCES_NAME } from '../bin/cli-sources.js';

const root = new URL('..', import.meta.url).pathname;

// Libraries that read their own data files (fonts, ICC profile, metrics) at run time stay in
// node_modules; so does Vite, which only `proposta serve` loads, once, to build a missing window, and
// pkcs11js, a native addon (electron-builder rebuilds it and unpacks its .node from the asar).
const common = {
  bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none', absWorkingDir: root,
  external: ['electron', 'pdfmake', 'pdfkit', 'fontkit', 'bootstrap-italia', 'vite', 'tsx', 'pkcs11js'],
  minifyWhitespace: true, minifySyntax: true, metafile: true,
} as const satisfies BuildOptions;

/**
 * CommonJS bundles: `import()` becomes `require`, and `import.meta.url` the bundle's own URL
 * (services/app-root.ts, the PDF fonts and the DOCX worker find files from it).
 */
export const cjs = {
  ...common, format: 'cjs', supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
} as const satisfies BuildOptions;

/** The DOCX dossier's worker thread (services/export/docx/in-worker.ts looks for it beside the bundle that starts it). */
const DOCX_WORKER = { 'docx-worker': `${root}services/export/docx/worker-entry.ts` };

/** Our own source files a build was made from (not node_modules). */
function ownInputs(meta: Metafile): string[] {
  return Object.keys(meta.inputs).filter((f) => !f.includes('node_modules/'));
}

/**
 * The Electron main process: ESM with code splitting, so that what the window needs first loads first
 * and each `import()` (the exports, the package, the signatures) becomes a chunk loaded on first use.
 * Bundled CommonJS dependencies may require Node built-ins, hence the `require` of the banner.
 */
export async function buildMain(outDir = `${root}out/main`, preloadDir = `${root}out/preload`): Promise<Metafile> {
  const { build: esbuild } = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  const main = await esbuild({
    ...common, format: 'esm', splitting: true, chunkNames: 'chunk-[hash]',
    entryPoints: { main: `${root}electron/main.ts` }, outdir: outDir,
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  await esbuild({ ...cjs, entryPoints: DOCX_WORKER, outdir: outDir, outExtension: { '.js': '.cjs' } });
  await esbuild({ ...common, entryPoints: [`${root}electron/preload.ts`], outfile: `${preloadDir}/preload.cjs`, format: 'cjs' });
  // What the main process loads at start and what on first use: the test of the build reads it.
  return main.metafile;
}

/** cli/main.ts loads each command with `import('./commands/NAME')`: in the build, out/cli/commands/NAME.cjs. */
const commandsApart: Plugin = {
  name: 'proposta-commands-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/[a-z-]+$/ }, (args) => (args.importer.endsWith('cli/main.ts') ? { path: `${args.path}.cjs`, external: true } : undefined));
  },
};

/**
 * The command line as CommonJS, one self-contained bundle per command: a process runs one command, so
 * nothing is loaded twice, and Node 20 loads one CommonJS file markedly faster than a graph of ES
 * modules (measured: `validate` of the large proposal ~15 ms sooner).
 */
export async function buildCli(outDir = `${root}${CLI_DIR}`): Promise<Record<string, string[]>> {
  const { build: esbuild } = await import('esbuild');
  const started = Date.now();
  rmSync(outDir, { recursive: true, force: true });
  const commands = readdirSync(`${root}cli/commands`).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const entries = { ...Object.fromEntries(commands.map((f) => [f.slice(0, -3), `${root}cli/commands/${f}`])), ...DOCX_WORKER };
  const builds = await Promise.all([
    esbuild({ ...cjs, entryPoints: [`${root}cli/main.ts`], outfile: `${outDir}/main.cjs`, plugins: [commandsApart] }),
    esbuild({ ...cjs, entryPoints: entries, outdir: `${outDir}/commands`, outExtension: { '.js': '.cjs' } }),
  ]);
  const sources = [...new Set(builds.flatMap((b) => ownInputs(b.metafile)))].sort();
  writeFileSync(`${outDir}/${SOURCES_NAME}`, JSON.stringify({ builtAt: started, sources }));
  // Which modules went into each bundle: the test of the build checks what each command loads.
  return Object.fromEntries(builds.flatMap((b) => Object.entries(b.metafile.outputs).map(([file, o]) => [file, Object.keys(o.inputs)])));
}

export async function buildAll(): Promise<void> {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: `${root}vite.config.ts`, logLevel: 'warn' });
  await buildMain();
  await buildCli();
}

/** True when the build tools (development dependencies) are installed. */
async function toolsInstalled(): Promise<boolean> {
  try {
    await Promise.all([import('esbuild'), import('vite')]);
    return true;
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `--cli` or `--main` builds that part alone (quicker while working on it). `--se-possibile` (the
  // `prepare` of `npm ci`) skips the build where the development dependencies were left out: the
  // `proposta` command then runs from the sources.
  const [only] = process.argv.slice(2).filter((a) => a !== '--se-possibile');
  if (process.argv.includes('--se-possibile') && !(await toolsInstalled())) {
    console.warn('Build saltata: esbuild e Vite non sono installati (dipendenze di sviluppo). Il comando proposta userà i sorgenti.');
  } else {
    if (only === '--cli') await buildCli();
    else if (only === '--main') await buildMain();
    else await buildAll();
    console.log('Build completata in out/.');
  }
}
