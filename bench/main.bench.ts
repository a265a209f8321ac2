// The Electron main process, from the moment its bundle starts loading to the moment it creates the
// window, in Node with Electron replaced by a stub (the Electron binary cannot run on these machines):
// app.whenReady() resolves at once and `new BrowserWindow` records the time and ends the process.
// Builds out/main first. Prints the first run apart from the warm ones, and the whole process beside
// a bare `node -e 0`. Figures, not a test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMain } from '../scripts/build';
import { machineLine, median, ms } from './stats';
import { fileUrl, timeInterleaved } from './support/process';

const root = new URL('..', import.meta.url).pathname;
const RUNS = 21;

/** Any property, call or construction of the stub gives the stub again, except what main reads. */
const STUB = `
const started = globalThis.__propostaBundleStart;
const any = new Proxy(function () {}, { get: (_t, k) => (k === 'then' ? undefined : any), apply: () => any, construct: () => any });
export const app = new Proxy({}, {
  get: (_t, k) => ({
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getAppPath: () => process.env.PROPOSTA_APP_ROOT,
    getPath: () => process.env.PROPOSTA_USER_DATA,
  })[k] ?? any,
});
export class BrowserWindow {
  constructor() {
    process.stdout.write(String(performance.now() - started));
    process.exit(0);
  }
}
export const dialog = any, ipcMain = any, Menu = any, protocol = any, session = any, shell = any, contextBridge = any, ipcRenderer = any;
`;
const HOOKS = `
export async function resolve(specifier, context, next) {
  return specifier === 'electron' ? { url: process.env.PROPOSTA_ELECTRON_STUB, shortCircuit: true } : next(specifier, context);
}`;
// Runs after Node's own start-up, right before the main bundle is imported: the start of the clock.
const REGISTER = `
import { register } from 'node:module';
register(process.env.PROPOSTA_HOOKS);
globalThis.__propostaBundleStart = performance.now();`;

await buildMain();
const dir = mkdtempSync(join(tmpdir(), 'proposta-bench-main-'));
try {
  for (const [name, text] of [['electron-stub.mjs', STUB], ['hooks.mjs', HOOKS], ['register.mjs', REGISTER]] as const) writeFileSync(join(dir, name), text);
  const env = {
    ...process.env,
    PROPOSTA_ELECTRON_STUB: fileUrl(join(dir, 'electron-stub.mjs')),
    PROPOSTA_HOOKS: fileUrl(join(dir, 'hooks.mjs')),
    PROPOSTA_APP_ROOT: root,
    PROPOSTA_USER_DATA: join(dir, 'dati'),
  };
  const args = ['--import', fileUrl(join(dir, 'register.mjs')), join(root, 'out/main/main.js')];
  const ready: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    if (r.status !== 0 || !r.stdout) throw new Error(`il processo principale non ha creato la finestra: ${r.stderr}`);
    ready.push(Number(r.stdout));
  }
  const [whole, bare] = timeInterleaved([{ cmd: process.execPath, args, opts: { env } }, { cmd: process.execPath, args: ['-e', '0'] }], RUNS);
  const files = readdirSync(join(root, 'out/main'));
  const size = (f: string) => statSync(join(root, 'out/main', f)).size / 1024;
  console.log(await machineLine());
  console.log(`bundle del processo principale: main.js ${size('main.js').toFixed(0)} KiB + ${files.length - 1} chunk (${files.filter((f) => f !== 'main.js').reduce((s, f) => s + size(f), 0).toFixed(0)} KiB, caricati al primo uso quelli non importati da main.js)`);
  console.log(`dal caricamento del bundle alla creazione della finestra: primo ${ms(ready[0] ?? NaN)}, mediana dei successivi ${ms(median(ready.slice(1)))} (obiettivo < 100 ms)`);
  console.log(`processo intero fino alla finestra: primo ${ms(whole?.first ?? NaN)}, mediana ${ms(whole?.warm ?? NaN)}; node -e 0: mediana ${ms(bare?.warm ?? NaN)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
