import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder of Proposta's package.json, where templates/ and out/ are. Found by walking up from this
 * module, because it runs from services/ (sources), from out/cli/ (the built CLI) and from out/main/
 * (the desktop app), so no fixed relative path fits all three.
 */
export function appRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  root = dir;
  return root;
}
