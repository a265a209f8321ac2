// Builds what the desktop app and `proposta serve` run: the window (Vite) into out/renderer, the
// Electron main process (ESM) into out/main and the preload (CommonJS, for the sandbox) into out/preload.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = new URL('..', import.meta.url).pathname;

export async function buildAll(): Promise<void> {
  await viteBuild({ configFile: `${root}vite.config.ts`, logLevel: 'warn' });
  // Libraries that read their own data files (fonts, ICC profile, metrics) at run time stay in node_modules,
  // and so does pkcs11js, a native addon (electron-builder rebuilds it and unpacks its .node from the asar).
  const common = { bundle: true, platform: 'node' as const, target: 'node20', external: ['electron', 'pdfmake', 'pdfkit', 'fontkit', 'bootstrap-italia', 'pkcs11js'], logLevel: 'warning' as const, legalComments: 'none' as const };
  await esbuild({
    ...common,
    entryPoints: [`${root}electron/main.ts`],
    outfile: `${root}out/main/main.js`,
    format: 'esm',
    // Bundled CommonJS dependencies may require Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  await esbuild({ ...common, entryPoints: [`${root}electron/preload.ts`], outfile: `${root}out/preload/preload.cjs`, format: 'cjs' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll();
  console.log('Build completata in out/.');
}
