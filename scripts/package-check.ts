// Checks electron-builder.yml offline: packs the app for Linux (--dir) around a stub Electron that
// carries a real fuse wire, then verifies what a real build would ship: the asar with the built app,
// the starters, and the fuses flipped as configured. Real installers need the online build (README).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse order of @electron/fuses V1, with the state each must have after packaging. */
const EXPECTED_FUSES = ['0', '1', '0', '0', '1', '1', '0', '0'];

const electronVersion = (require('electron/package.json') as { version: string }).version;
const stub = mkdtempSync(join(tmpdir(), 'proposta-stub-electron-'));
// A stub binary: a shell script with Electron's fuse wire (version 1, 8 fuses, all in Electron's default state).
writeFileSync(join(stub, 'electron'), Buffer.concat([Buffer.from(`#!/bin/sh\n# ${SENTINEL}`), Buffer.from([1, 8]), Buffer.from('10011000'), Buffer.from('\necho stub\n')]));
chmodSync(join(stub, 'electron'), 0o755);
writeFileSync(join(stub, 'version'), `v${electronVersion}`);

const outDir = join(root, 'dist');
rmSync(outDir, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [join(root, 'node_modules/electron-builder/cli.js'), '--dir', '--linux', `-c.electronDist=${stub}`, `-c.electronVersion=${electronVersion}`], {
    cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
} finally {
  rmSync(stub, { recursive: true, force: true });
}

const unpacked = join(outDir, 'linux-unpacked');
const asar = require('@electron/asar') as { listPackage(path: string, opts: object): string[] };
const files = new Set(asar.listPackage(join(unpacked, 'resources', 'app.asar'), {}).map((f) => f.replace(/\\/g, '/')));
const missing = [
  '/package.json', '/out/main/main.js', '/out/main/docx-worker.cjs', '/out/preload/preload.cjs', '/out/renderer/index.html', '/templates/examples/comune-singolo.proposta.json',
  '/templates/examples/allegati/domanda-partecipazione-molfetta.pdf',
  // Read at run time by the PDF dossier: pdfkit (ICC profile), pdfmake (the Roboto fallback fonts) and the Titillium fonts.
  '/node_modules/pdfmake/package.json', '/node_modules/pdfkit/package.json',
  '/node_modules/bootstrap-italia/dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-regular.ttf',
].filter((f) => !files.has(f));
// The PKCS#11 addon must sit outside the asar (a .node cannot be loaded from inside it).
const addon = join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'pkcs11js', 'build', 'Release', 'pkcs11.node');
if (!existsSync(addon)) missing.push('app.asar.unpacked/node_modules/pkcs11js/build/Release/pkcs11.node');
if (!files.has('/node_modules/pkcs11js/index.js')) missing.push('/node_modules/pkcs11js/index.js');
const binary = readFileSync(join(unpacked, 'proposta'));
const at = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
const fuses = [...binary.subarray(at, at + 8)].map((b) => String.fromCharCode(b));
const problems = [
  ...missing.map((f) => `manca nel pacchetto: ${f}`),
  ...(fuses.join('') === EXPECTED_FUSES.join('') ? [] : [`fuse non impostati come previsto: ${fuses.join('')} invece di ${EXPECTED_FUSES.join('')}`]),
  ...[...files].filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes('/node_modules/')).map((f) => `sorgente nel pacchetto: ${f}`),
];
mkdirSync(outDir, { recursive: true });
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`electron-builder: configurazione verificata (${files.size} file nel pacchetto, fuse ${fuses.join('')}).`);
