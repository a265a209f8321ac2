import { existsSync } from 'node:fs';

/** Where the built window lives (vite.config.ts writes it there). */
export const RENDERER_DIR = new URL('../out/renderer/', import.meta.url).pathname;

/**
 * Builds the window with Vite when it is missing (a fresh clone after `npm ci`), so that
 * `npx proposta serve` works at once. Vite is loaded only then.
 */
export async function ensureRendererBuilt(log: (line: string) => void): Promise<string> {
  if (existsSync(`${RENDERER_DIR}index.html`)) return RENDERER_DIR;
  log("Preparazione dell'interfaccia (solo la prima volta)…");
  const { build } = await import('vite');
  await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
  return RENDERER_DIR;
}
