#!/usr/bin/env node
// `npm start`: builds the app and starts Electron. Where the Electron binary is missing (it cannot be
// downloaded on every machine), says so in one line and shows the browser fallback.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { register } from 'tsx/esm/api';

/** The Electron binary, found without require('electron'), which would try to download it. */
function electronBinary() {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const bin = join(dir, 'dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const electronPath = electronBinary();
if (!electronPath) {
  console.error("Electron non è installato su questo computer: apri Proposta nel browser con «npx proposta serve» (l'indirizzo da aprire viene stampato).");
  process.exit(1);
}
register();
const { buildAll } = await import('../scripts/build.ts');
await buildAll();
const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
