import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from './app-root';

/** Where the built window lives (vite.config.ts writes it there). */
export const RENDERER_DIR = `${join(appRoot(), 'out', 'renderer')}/`;

/**
 * Builds the window with Vite when it is missing (a fresh clone after `npm ci`), so that
 * `npx proposta serve` works at once. Vite is loaded only then.
 */
export async function ensureRendererBuilt(log: (line: string) => void): Promise<string> {
  if (existsSync(`${RENDERER_DIR}index.html`)) return RENDERER_DIR;
  log("Preparazione dell'interfaccia (solo la prima volta)…");
  const { build } = await import('vite');
  await build({ configFile: join(appRoot(), 'vite.config.ts'), logLevel: 'warn' });
  return RENDERER_DIR;
}
