#!/usr/bin/env node
// The `proposta` command. Runs the built CLI (out/cli: `npm run build`, which `npm ci` runs as the
// `prepare` script), which loads only what the command needs. When that build is missing or older
// than one of its sources (a developer editing them), runs the TypeScript sources through tsx
// instead: slower to start, never stale.
import { createRequire } from 'node:module';
import { builtCliIsFresh } from './cli-sources.js';

const root = new URL('..', import.meta.url);

async function fromSources() {
  const { register } = await import('tsx/esm/api');
  register();
  return import(new URL('cli/main.ts', root).href);
}

const { main } = builtCliIsFresh(root.pathname) ? createRequire(import.meta.url)('../out/cli/main.cjs') : await fromSources();
process.exitCode = await main(process.argv.slice(2));
