// Is the built CLI up to date with the sources it was built from? The build records the time it
// started and its own source files (node_modules excluded) in sources.json beside the bundles; a
// source changed after that, or a missing record, means the build is stale. About a hundred stat
// calls: well under a millisecond, against the ~0.4 s that compiling the sources at run time costs.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run build` writes the CLI, relative to the package root. */
export const CLI_DIR = 'out/cli';
export const SOURCES_NAME = 'sources.json';

/** True when the build in `cliDir` exists and no source it was built from (relative to `root`) changed since. */
export function builtCliIsFresh(root, cliDir = join(root, CLI_DIR)) {
  let record;
  try {
    record = JSON.parse(readFileSync(join(cliDir, SOURCES_NAME), 'utf8'));
  } catch {
    return false;
  }
  if (typeof record?.builtAt !== 'number' || !Array.isArray(record.sources)) return false;
  for (const file of record.sources) {
    // A source that is gone (a package without sources) cannot be newer than the build.
    const st = statSync(join(root, String(file)), { throwIfNoEntry: false });
    if (st && st.mtimeMs > record.builtAt) return false;
  }
  return true;
}
