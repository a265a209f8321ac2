import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildExportModel, type CallProfile, type Proposal } from '../../../core';

/**
 * The worker: its script is built next to the bundle that runs this (out/cli/commands, out/main);
 * from the sources (tests, a development checkout) the worker registers tsx and loads the TypeScript
 * entry itself (a worker does not take `--import` from its options on Node 20).
 */
function startWorker(workerData: unknown): Worker {
  const built = new URL('./docx-worker.cjs', import.meta.url);
  if (existsSync(built)) return new Worker(built, { workerData });
  // tsx's ESM API (its CommonJS one misplaces its hooks when called from an eval'd worker).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./worker-entry.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData });
}

/** The DOCX dossier rendered by a worker thread, or an error when the worker fails (no fallback: for the tests). */
export function renderInWorker(doc: Proposal, profile: CallProfile): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ doc, profile });
    let done = false;
    worker.once('message', (bytes: Uint8Array) => {
      done = true;
      resolve(bytes);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`il rendering del DOCX si è interrotto (codice ${code})`));
    });
  });
}

/**
 * The DOCX dossier of `doc`, rendered in a worker thread so that it runs beside the PDF on another
 * core (packaging and `proposta export` make both). Where a worker cannot start (a host without
 * worker threads or without the worker's script), it is rendered here instead; an error of the
 * rendering itself then comes back from here.
 */
export async function renderDossierDocxInWorker(doc: Proposal, profile: CallProfile): Promise<Uint8Array> {
  try {
    return await renderInWorker(doc, profile);
  } catch {
    const { renderDossierDocx } = await import('./index');
    return renderDossierDocx(buildExportModel(doc, profile));
  }
}
